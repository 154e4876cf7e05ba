import { whatsNew } from "../../core/catalog/whats-new.ts";
import { showPages } from "../engine/paginate.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import { hitLine } from "./format.ts";

/** Titles "新书" lists at most. */
const MAX_NEW = 50;
const PER_PAGE = 10;

/**
 * "新书 / new": titles added lately, librarian picks first, filtered by whatsNew to the
 * grades of the actor's pupils (a class group: its linked class's grade), ten a page. Lines
 * are bulleted, not numbered, so they never clash with the page menu's 1/2; the librarian's
 * picks carry a mark.
 * Nothing personal is shown, so groups get it too.
 */
export const newDialog =
  (deps: DialogDeps): IntentDialog =>
  async (c, { actor }) => {
    const { page, days } = await c.act(async () => ({
      page: await whatsNew(deps.lib, actor, { limit: MAX_NEW }),
      days: deps.lib.policy.newTitleDays,
    }));
    if (page.hits.length === 0) {
      c.say(c.t("reader_new_none", { days }));
      return;
    }
    c.say(c.t("reader_new_header", { days, total: page.total, shown: page.hits.length }));
    const picks = new Set(page.recommendedIds);
    const lines = page.hits.map((h) =>
      c.t("reader_new_line", { recommended: picks.has(h.titleId), line: hitLine(c, h) }),
    );
    await showPages(c, lines, PER_PAGE);
  };
