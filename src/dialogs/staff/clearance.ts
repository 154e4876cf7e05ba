import { clearanceReport } from "../../core/clearance/clearance-report.ts";
import { showPages } from "../engine/paginate.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import { isGroupChat } from "../intent.ts";
import { clearanceReportLines } from "../texts/clearance.ts";

/** Report lines per page. */
const PAGE = 20;

/**
 * 清还: the librarian's school-wide leaving-school clearance report (离校清还) — how many
 * pupils of the graduating grades still owe, class by class, and each pupil marked 离校 who
 * still owes, named with what. Names pupils, so never in a group.
 */
export const clearanceDialog =
  ({ lib }: DialogDeps): IntentDialog =>
  async (c, { actor, chat }) => {
    if (isGroupChat(chat, actor)) return c.say(c.t("clearance_private"));
    const r = await c.act(() => clearanceReport(lib, actor));
    if (!r.ok) return c.say(c.t("clearance_not_librarian"));
    await showPages(c, clearanceReportLines(c.locale, r.value), PAGE);
  };
