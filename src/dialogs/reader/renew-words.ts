import type { RenewRefusal } from "../../core/circulation/renew.ts";
import type { Conversation } from "../types.ts";
import { md } from "./format.ts";

/**
 * A renewal refusal in words. For too_soon the day renewing becomes possible when the loan's
 * due date is known (`renewFrom`), otherwise the rule itself.
 */
export function renewRefusal(
  c: Conversation,
  code: RenewRefusal,
  ctx: { renewWithinDays: number; renewFrom?: string | undefined },
): string {
  switch (code) {
    case "on_hold":
      return c.t("reader_renew_on_hold");
    case "too_many":
      return c.t("reader_renew_too_many");
    case "overdue":
      return c.t("reader_renew_overdue");
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
      return ctx.renewFrom
        ? c.t("reader_renew_too_soon_from", {
            days: ctx.renewWithinDays,
            from: md(ctx.renewFrom),
          })
        : c.t("reader_renew_too_soon", { days: ctx.renewWithinDays });
  }
}
