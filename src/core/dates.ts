import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";

dayjs.extend(utc);
dayjs.extend(timezone);

/** A calendar date "YYYY-MM-DD"; compares correctly as a string. */
export type IsoDate = string;

type Parts = Record<"year" | "month" | "day" | "hour" | "minute", string>;

const zoneFormats = new Map<string, Intl.DateTimeFormat>();
/** Each zone's parts of the last minute asked for: a turn asks for "now" several times. */
const lastMinute = new Map<string, { minute: number; parts: Parts }>();

/**
 * The numeric date and 24-hour time of an instant in `tz` (read only). One formatter per zone,
 * kept: dayjs's `tz()` builds a new one on every call, which made "what day is it" a few
 * percent of a dialog turn's CPU; and the parts of the last minute asked for, kept, since
 * they are the same for every instant of that minute (zone offsets change on whole minutes).
 */
function partsIn(tz: string, at: Date): Parts {
  const minute = Math.floor(at.getTime() / 60_000);
  const last = lastMinute.get(tz);
  if (last?.minute === minute) return last.parts;
  const parts = formatParts(tz, at);
  lastMinute.set(tz, { minute, parts });
  return parts;
}

function formatParts(tz: string, at: Date): Parts {
  let format = zoneFormats.get(tz);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    zoneFormats.set(tz, format);
  }
  const out = { year: "", month: "", day: "", hour: "", minute: "" };
  for (const p of format.formatToParts(at))
    if (p.type in out) out[p.type as keyof typeof out] = p.value;
  return out;
}

/** The calendar date of an instant in the school's time zone. */
export function dateIn(tz: string, at: Date): IsoDate {
  const p = partsIn(tz, at);
  return `${p.year.padStart(4, "0")}-${p.month}-${p.day}`;
}

/** The wall-clock time "HH:mm" of an instant in the school's time zone. */
export function clockIn(tz: string, at: Date): string {
  const p = partsIn(tz, at);
  return `${p.hour}:${p.minute}`;
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
