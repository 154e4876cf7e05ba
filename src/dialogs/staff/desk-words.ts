import type { CheckedOut, CheckoutRefusal } from "../../core/circulation/checkout.ts";
import type { ReturnRefusal, Returned } from "../../core/circulation/return-copy.ts";
import type { Conversation } from "../types.ts";
import { md } from "../month-day.ts";

type Refusal = Exclude<CheckoutRefusal | ReturnRefusal, "not_desk_staff">;

/** Each desk refusal as a sentence: why, and what to do next. */
export function deskRefusal(
  c: Conversation,
  code: Refusal,
  ctx: { card?: string; barcode: string; detail?: Record<string, string | number> },
): string {
  switch (code) {
    case "unknown_card":
      return c.t("desk_unknown_card", { card: ctx.card ?? "" });
    case "unknown_copy":
      return c.t("desk_unknown_copy", { barcode: ctx.barcode });
    case "reference_only":
      return c.t("desk_reference_only");
    case "card_not_issued":
      return c.t("desk_card_not_issued");
    case "suspended":
      return c.t("desk_suspended");
    case "card_left":
      return c.t("desk_card_left");
    case "card_blocked":
      return c.t("desk_card_blocked");
    case "limit_reached":
      return c.t("desk_limit_reached", { max: Number(ctx.detail?.["maxLoans"] ?? 0) });
    case "not_available":
      return c.t("desk_not_available");
    case "in_repair":
      return c.t("desk_in_repair", { barcode: ctx.barcode });
    case "held_for_other":
      return c.t("desk_held_for_other");
    case "not_on_loan":
      return c.t("desk_not_on_loan", { barcode: ctx.barcode });
  }
}

/** "已借出：《书名》，到期 MM-DD", and a note when the reader's other ready copy moved on. */
export function checkedOutText(c: Conversation, done: CheckedOut): string {
  const line = c.t("desk_checked_out", { title: done.title, due: md(done.dueOn) });
  return done.nextHold ? `${line}\n${c.t("desk_hold_passed_on")}` : line;
}

/** "已还：《书名》" with lateness, a hold it now waits for, and a lifted suspension. */
export function returnedText(c: Conversation, done: Returned): string {
  const parts = [
    c.t("desk_returned", { title: done.title }),
    done.daysLate > 0 ? c.t("desk_returned_late", { days: done.daysLate }) : "",
    done.hold ? c.t("desk_returned_hold", { pickupBy: md(done.hold.pickupBy) }) : "",
    done.suspensionLifted ? c.t("desk_returned_unsuspended") : "",
  ];
  return parts.filter(Boolean).join(c.t("desk_sep"));
}
