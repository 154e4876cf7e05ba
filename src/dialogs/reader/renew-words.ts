import type { RenewBlock, RenewRefused } from "../../core/circulation/renewal-rule.ts";
import type { Conversation } from "../types.ts";
import { md } from "../month-day.ts";

/** A renewal refusal in words, with the details the core gave (the first day, the days late). */
export function renewRefusal(c: Conversation, r: RenewRefused): string {
  switch (r.code) {
    case "on_hold":
      return c.t("reader_renew_on_hold");
    case "too_many":
      return c.t("reader_renew_too_many");
    case "overdue":
      return c.t("reader_renew_overdue", { days: r.detail.daysLate });
    case "suspended":
      return c.t("reader_renew_suspended");
    case "card_not_issued":
      return c.t("reader_renew_card_not_issued");
    case "card_left":
      return c.t("reader_renew_card_left");
    case "card_blocked":
      return c.t("reader_renew_card_blocked");
    case "not_yours":
      return c.t("reader_renew_not_yours");
    case "too_soon":
      return c.t("reader_renew_too_soon", { from: md(r.detail.renewFrom) });
  }
}

/** The renewal part of a 我的 loan line: renewals left, or the same refusal in a few words. */
export function renewNote(c: Conversation, block: RenewBlock | null, renewalsLeft: number): string {
  if (!block) return c.t("reader_mine_renew_left", { n: renewalsLeft });
  switch (block.code) {
    case "too_soon":
      return c.t("reader_mine_renew_from", { from: md(block.detail.renewFrom) });
    case "overdue":
      return c.t("reader_mine_renew_overdue");
    case "on_hold":
      return c.t("reader_mine_renew_on_hold");
    case "too_many":
      return c.t("reader_mine_renew_used_up");
    default:
      return c.t("reader_mine_renew_card");
  }
}
