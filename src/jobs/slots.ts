import { addDays, clockIn, dateIn, instantOf, weekdayOf } from "../core/dates.ts";

/** When a job runs, in the school's time zone. */
export type Timing =
  | { every: "day"; at: string }
  | { every: "week"; weekday: number; at: string }
  | { every: "month"; at: string }
  | { every: "minute" };

/** The node-cron expression of a timing (minute hour day month weekday; Sunday is 0). */
export function cronExpression(t: Timing): string {
  if (t.every === "minute") return "* * * * *";
  const [h = "0", m = "0"] = t.at.split(":");
  if (t.every === "month") return `${Number(m)} ${Number(h)} 1 * *`;
  const dow = t.every === "week" ? String(t.weekday % 7) : "*";
  return `${Number(m)} ${Number(h)} * * ${dow}`;
}

/** The slot key of an instant: "YYYY-MM-DDTHH:mm", school time (minutes, seconds dropped). */
export function slotKey(tz: string, at: Date): string {
  return `${dateIn(tz, at)}T${clockIn(tz, at)}`;
}

/** The instant a slot key stands for. */
export function slotInstant(tz: string, key: string): Date {
  const [date = "", clock = "00:00"] = key.split("T");
  return instantOf(tz, date, clock);
}

/** The most recent scheduled instant at or before `now` (a month timing: the 1st, at `at`). */
export function latestSlot(t: Timing, tz: string, now: Date): Date {
  if (t.every === "minute") return slotInstant(tz, slotKey(tz, now));
  const today = dateIn(tz, now);
  if (t.every === "month") {
    const first = instantOf(tz, `${today.slice(0, 8)}01`, t.at);
    if (first <= now) return first;
    return instantOf(tz, `${addDays(`${today.slice(0, 8)}01`, -1).slice(0, 8)}01`, t.at);
  }
  const back = t.every === "week" ? (weekdayOf(today) - t.weekday + 7) % 7 : 0;
  const candidate = instantOf(tz, addDays(today, -back), t.at);
  if (candidate <= now) return candidate;
  return instantOf(tz, addDays(today, -back - (t.every === "week" ? 7 : 1)), t.at);
}

/**
 * The scheduled instants in [from, to], oldest first. A minute timing gives only its latest
 * (the every-minute job has no ledger to catch up from).
 */
export function slotsBetween(t: Timing, tz: string, from: Date, to: Date): Date[] {
  const out: Date[] = [];
  for (
    let at = latestSlot(t, tz, to);
    at >= from;
    at = latestSlot(t, tz, new Date(at.getTime() - 1))
  ) {
    out.unshift(at);
    if (t.every === "minute") break;
  }
  return out;
}
