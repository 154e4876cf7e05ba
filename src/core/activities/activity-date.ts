import { isIsoDate } from "../dates.ts";
import type { IsoDate } from "../dates.ts";

const pad = (n: string): string => n.padStart(2, "0");

/**
 * What a typed date means: one date, or a month and day whose day has passed this year, so
 * it may mean this year's (past) or next year's — the asker decides, nothing rolls silently.
 */
export type TypedDate =
  { kind: "date"; date: IsoDate } | { kind: "which_year"; thisYear: IsoDate; nextYear: IsoDate };

/**
 * A date typed in chat: "2026-10-08" (also with / or . or 2026年10月8日), or a month and day
 * "10-08", "10/8", "10月8日": this year's while that day is still to come, else `which_year`
 * (or the one year in which the day exists, for 02-29). Undefined for anything that is no
 * real calendar date.
 */
export function parseActivityDate(raw: string, today: IsoDate): TypedDate | undefined {
  const s = raw
    .normalize("NFKC")
    .trim()
    .replace(/日$|号$/, "");
  const full = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})$/.exec(s);
  if (full) {
    const date = `${full[1]}-${pad(full[2] ?? "")}-${pad(full[3] ?? "")}`;
    return isIsoDate(date) ? { kind: "date", date } : undefined;
  }
  const short = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})$/.exec(s);
  if (!short) return undefined;
  const monthDay = `${pad(short[1] ?? "")}-${pad(short[2] ?? "")}`;
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-${monthDay}`;
  const nextYear = `${year + 1}-${monthDay}`;
  const [now, next] = [isIsoDate(thisYear), isIsoDate(nextYear)];
  if (now && (thisYear >= today || !next)) return { kind: "date", date: thisYear };
  if (!now) return next ? { kind: "date", date: nextYear } : undefined;
  return { kind: "which_year", thisYear, nextYear };
}
