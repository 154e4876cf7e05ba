import { daysBetween } from "../dates.ts";
import type { IsoDate } from "../dates.ts";

/** Days a loan due on `dueOn` is late on `today` (0 when not yet late). */
export function daysLate(dueOn: IsoDate, today: IsoDate): number {
  return Math.max(0, daysBetween(dueOn, today));
}
