import type { PatronSummary } from "../../core/reports/patron-summary.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import type { Conversation } from "../types.ts";
import { familyInPrivate } from "./access.ts";
import { md } from "../month-day.ts";
import { holdState } from "./format.ts";
import { renewNote } from "./renew-words.ts";
import { yuan } from "../money.ts";

function cardLine(c: Conversation, status: string): string {
  if (status === "suspended") return c.t("reader_card_suspended");
  if (status === "not_issued") return c.t("reader_card_not_issued");
  if (status === "left") return c.t("reader_card_left");
  if (status === "lost") return c.t("reader_card_lost");
  if (status === "confiscated") return c.t("reader_card_confiscated");
  return "";
}

/** One reader's block: name and class, card state, loans by due date, holds (ready first). */
function patronBlock(c: Conversation, p: PatronSummary): string[] {
  const loans = p.loans.map((l) =>
    c.t("reader_mine_loan", {
      title: l.title,
      due: md(l.dueOn),
      days: l.daysLeft,
      renew: renewNote(c, l.renewBlock, l.renewalsLeft),
    }),
  );
  const holds = p.holds.map((h) =>
    c.t("reader_mine_hold", { title: h.title, state: holdState(c, h) }),
  );
  const body = [...loans, ...holds];
  return [
    c.t("reader_mine_header", { name: p.name, className: p.className ?? "" }),
    cardLine(c, p.status),
    p.owedCents > 0 ? c.t("reader_mine_owed", { amount: yuan(p.owedCents) }) : "",
    ...(body.length > 0 ? body : [c.t("reader_mine_empty_one")]),
  ].filter(Boolean);
}

/**
 * "我的 / mine": per child (or oneself) the open loans with days left or overdue and whether
 * they may be renewed (the core's renewal rule: renewals left, or why not), and holds with queue position or pickup date. Private chats only.
 */
export const mineDialog =
  (deps: DialogDeps): IntentDialog =>
  async (c, { actor, chat }) => {
    const family = await familyInPrivate(c, deps, { actor, chat }, "reader_private_mine");
    if (!family) return;
    const busy = family.filter((p) => p.loans.length > 0 || p.holds.length > 0 || p.owedCents > 0);
    if (busy.length === 0) {
      c.say(c.t("reader_mine_nothing"));
      return;
    }
    const blocks = family.map((p) => patronBlock(c, p).join("\n"));
    c.say([...blocks, c.t("reader_mine_hint")].join("\n\n"));
  };
