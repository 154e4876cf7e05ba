import type { IsoDate } from "../core/dates.ts";
import type { Policy } from "../core/policy.ts";
import type { DemoDays } from "./days.ts";

/** A range of due dates, both ends included. */
export interface DueWindow {
  lo: IsoDate;
  hi: IsoDate;
}

export type LoanState = "later" | "due_soon" | "renewable" | "level1" | "level2" | "level3";

const window = (days: DemoDays, from: number, to: number): DueWindow => ({
  lo: days.plus(from),
  hi: days.plus(Math.max(from, to)),
});

/**
 * The due dates that put an open loan in each state today, read from the policy: due soon
 * (within dueSoonDays), renewable now (within renewWithinDays), due later, and overdue at
 * levels 1–3 (days late from overdueLevelDays).
 */
export function dueWindow(
  policy: Policy,
  days: DemoDays,
  state: LoanState,
  loanDays: number,
): DueWindow {
  const [one, two, three] = policy.overdueLevelDays;
  const soonStart = Math.min(1, policy.dueSoonDays);
  switch (state) {
    case "due_soon":
      return window(days, soonStart, policy.dueSoonDays);
    case "renewable":
      return window(days, Math.min(1, policy.renewWithinDays), policy.renewWithinDays);
    case "later": {
      const from = Math.max(policy.dueSoonDays, policy.renewWithinDays) + 1;
      return window(days, from, loanDays - 1);
    }
    case "level1":
      return window(days, -(two - 1), -one);
    case "level2":
      return window(days, -(three - 1), -two);
    case "level3":
      return window(days, -(three + 10), -three);
  }
}
