import { addDays, clockIn, dateIn, instantOf } from "../core/dates.ts";

const pattern = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/;

/** "21:00-07:00" as its start and end clocks; undefined when malformed or empty. */
export function parseQuietHours(value: string): { start: string; end: string } | undefined {
  const m = pattern.exec(value.trim());
  if (!m) return undefined;
  const start = `${m[1]}:${m[2]}`;
  const end = `${m[3]}:${m[4]}`;
  return start === end ? undefined : { start, end };
}

/**
 * When the quiet period around `at` ends, or null when `at` is outside it. The window is
 * wall-clock time in the school's time zone and may cross midnight ("21:00-07:00": quiet from
 * 21:00 up to, not including, 07:00 the next morning).
 */
export function quietUntil(tz: string, window: string, at: Date): Date | null {
  const w = parseQuietHours(window);
  if (!w) return null;
  const clock = clockIn(tz, at);
  const date = dateIn(tz, at);
  if (w.start < w.end) {
    return clock >= w.start && clock < w.end ? instantOf(tz, date, w.end) : null;
  }
  if (clock >= w.start) return instantOf(tz, addDays(date, 1), w.end);
  if (clock < w.end) return instantOf(tz, date, w.end);
  return null;
}
