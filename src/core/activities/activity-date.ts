import { isIsoDate } from "../dates.ts";
import type { IsoDate } from "../dates.ts";

const pad = (n: string): string => n.padStart(2, "0");

/**
 * A date typed in chat: "2026-10-08" (also with / or . or 2026年10月8日), or a month and day
 * "10-08", "10/8", "10月8日" meaning this year's, or next year's when that day has passed
 * `today`. Undefined for anything that is no real calendar date.
 */
export function parseActivityDate(raw: string, today: IsoDate): IsoDate | undefined {
  const s = raw
    .normalize("NFKC")
    .trim()
    .replace(/日$|号$/, "");
  const full = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})$/.exec(s);
  if (full) {
    const date = `${full[1]}-${pad(full[2] ?? "")}-${pad(full[3] ?? "")}`;
    return isIsoDate(date) ? date : undefined;
  }
  const short = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})$/.exec(s);
  if (!short) return undefined;
  const monthDay = `${pad(short[1] ?? "")}-${pad(short[2] ?? "")}`;
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-${monthDay}`;
  const date = thisYear >= today ? thisYear : `${year + 1}-${monthDay}`;
  return isIsoDate(date) ? date : undefined;
}
