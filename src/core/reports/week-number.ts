import type { TermDates } from "../calendar.ts";
import { addDays, daysBetween, mondayOf, weekdayOf } from "../dates.ts";
import type { IsoDate } from "../dates.ts";

/** ISO 8601 week number: the week with the year's first Thursday is week 1. */
export function isoWeekNumber(date: IsoDate): number {
  const thursday = addDays(date, 4 - weekdayOf(date));
  const jan1 = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor(daysBetween(jan1, thursday) / 7) + 1;
}

/** The term whose weeks contain `date` (from the Monday of its first week to its last day). */
export function termWeeksOf(terms: readonly TermDates[], date: IsoDate): TermDates | undefined {
  return terms.find((t) => mondayOf(t.startsOn) <= date && date <= t.endsOn);
}

/**
 * The teaching-week number rotas alternate on: counted from the Monday of the term's first
 * week (week 1, odd); outside any term the ISO week number.
 */
export function schoolWeekNumber(terms: readonly TermDates[], date: IsoDate): number {
  const term = termWeeksOf(terms, date);
  if (!term) return isoWeekNumber(date);
  return Math.floor(daysBetween(mondayOf(term.startsOn), mondayOf(date)) / 7) + 1;
}
