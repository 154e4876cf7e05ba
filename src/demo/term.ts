import type { TermDates } from "../core/calendar.ts";
import type { IsoDate } from "../core/dates.ts";

/**
 * The school term a date belongs to by the usual mainland calendar: autumn term Sep 1 – Jan 20
 * ("2026秋"), spring term Feb 20 – Jul 10 ("2027春"). In a holiday it is the term just ended, so
 * "this term" always has a past to spread the demo's returned loans over.
 */
export function usualTermOf(date: IsoDate): TermDates {
  const year = Number(date.slice(0, 4));
  const md = date.slice(5);
  if (md >= "09-01") return autumn(year);
  if (md <= "02-19") return autumn(year - 1);
  return { name: `${year}春`, startsOn: `${year}-02-20`, endsOn: `${year}-07-10` };
}

function autumn(year: number): TermDates {
  return { name: `${year}秋`, startsOn: `${year}-09-01`, endsOn: `${year + 1}-01-20` };
}
