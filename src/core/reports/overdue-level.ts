import { daysBetween } from "../dates.ts";
import type { IsoDate } from "../dates.ts";
import type { Policy } from "../policy.ts";

/** Days a loan due on `dueOn` is late on `today` (0 when not yet late). */
export function daysLate(dueOn: IsoDate, today: IsoDate): number {
  return Math.max(0, daysBetween(dueOn, today));
}

/**
 * Overdue level on `today`, from the days late and policy.overdueLevelDays (shared decision):
 * 3, 2 or 1 from the third, second or first threshold on, else 0. Computed, never read from
 * the stored column, which only records what the daily job already acted on.
 */
export function overdueLevelOn(policy: Policy, dueOn: IsoDate, today: IsoDate): number {
  const d = daysLate(dueOn, today);
  const [l1, l2, l3] = policy.overdueLevelDays;
  return d >= l3 ? 3 : d >= l2 ? 2 : d >= l1 ? 1 : 0;
}
