import { addDays, daysBetween } from "../dates.ts";
import type { IsoDate } from "../dates.ts";
import type { Policy } from "../policy.ts";
import { refuse } from "../result.ts";
import type { Refused } from "../result.ts";
import { cardRefusal, rulesFor } from "./rules.ts";

export type RenewRefusal =
  | "not_yours"
  | "card_not_issued"
  | "suspended"
  | "card_left"
  | "card_blocked"
  | "overdue"
  | "on_hold"
  | "too_many"
  | "too_soon";

/** What a refusal tells beyond its code: the first day a renewal opens, how late a loan is. */
export interface RenewRefusalDetails {
  too_soon: { renewFrom: IsoDate };
  overdue: { daysLate: number };
}

/** A renewal refusal with its details, as every front end gets it. */
export type RenewRefused = Refused<RenewRefusal, RenewRefusalDetails>;

/** Why a loan that is the asker's could not be renewed (not_yours is decided before). */
export type RenewBlock = Exclude<RenewRefused, { code: "not_yours" }>;

/** The facts of one open loan the renewal rule reads. */
export interface RenewalFacts {
  cardStatus: string;
  role: string;
  dueOn: IsoDate;
  renewals: number;
  /** Another reader with an active card has a queued hold on the title. */
  heldByOther: boolean;
}

/**
 * The one renewal rule: why the loan cannot be renewed on `day`, or null when it can.
 * Checked in this order: the card's state, overdue (with the days late), on_hold, too_many,
 * too_soon (with the first day it may be renewed). 我的, the 续借 menu and the renewal itself
 * all answer from here, so they cannot contradict each other.
 */
export function renewalBlock(policy: Policy, day: IsoDate, loan: RenewalFacts): RenewBlock | null {
  const card = cardRefusal(loan.cardStatus);
  if (card) return refuse(card);
  if (loan.dueOn < day) return refuse("overdue", { daysLate: daysBetween(loan.dueOn, day) });
  if (loan.heldByOther) return refuse("on_hold");
  if (loan.renewals >= rulesFor(policy, loan.role).maxRenewals) return refuse("too_many");
  if (daysBetween(day, loan.dueOn) > policy.renewWithinDays) {
    return refuse("too_soon", { renewFrom: addDays(loan.dueOn, -policy.renewWithinDays) });
  }
  return null;
}
