import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";

dayjs.extend(utc);
dayjs.extend(timezone);

/** A calendar date "YYYY-MM-DD"; compares correctly as a string. */
export type IsoDate = string;

/** The calendar date of an instant in the school's time zone. */
export function dateIn(tz: string, at: Date): IsoDate {
  return dayjs(at).tz(tz).format("YYYY-MM-DD");
}

/** The wall-clock time "HH:mm" of an instant in the school's time zone. */
export function clockIn(tz: string, at: Date): string {
  return dayjs(at).tz(tz).format("HH:mm");
}

/** The instant a wall-clock time on a date happens in the school's time zone. */
export function instantOf(tz: string, date: IsoDate, clock = "00:00"): Date {
  return dayjs.tz(`${date} ${clock}`, "YYYY-MM-DD HH:mm", tz).toDate();
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dayjs.utc(date).add(days, "day").format("YYYY-MM-DD");
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayjs.utc(to).diff(dayjs.utc(from), "day");
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: IsoDate): number {
  const d = dayjs.utc(date).day();
  return d === 0 ? 7 : d;
}

/** The Monday of the week containing `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, 1 - weekdayOf(date));
}

export function isIsoDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && dayjs.utc(s).format("YYYY-MM-DD") === s;
}
