import { findClassOfPatrons, countLoansByPatron } from "../../db/class-figures-repo.ts";
import type { Actor } from "../actor.ts";
import type { TermDates } from "../calendar.ts";
import { addDays, instantOf, isIsoDate, mondayOf } from "../dates.ts";
import type { IsoDate } from "../dates.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import { mayReadFigures } from "./class-figures.ts";

/** A class's loans this term, added up week by week. */
export interface ClassCurve {
  classId: number;
  /** Loans from the first day of term to the end of each week so far (this week last). */
  cumulative: number[];
}

export interface TermCurves {
  term: TermDates;
  /** The Monday of every week the term touches, first to last (the chart's x axis). */
  weeks: IsoDate[];
  classes: ClassCurve[];
}

/** The Mondays of the weeks from the term's first day to its last. */
function termWeeks(term: TermDates): IsoDate[] {
  const weeks: IsoDate[] = [];
  for (let m = mondayOf(term.startsOn); m <= term.endsOn; m = addDays(m, 7)) weeks.push(m);
  return weeks;
}

/**
 * Each class's term curve (the figures chart): loans issued since the first day of the term
 * containing `date`, cumulated per week up to the week of `date`, for `classIds` (default
 * every class). Null outside a term. Counts only, so the same readers as classFigures (the
 * librarian, teachers, the system); others are refused `not_allowed`, a malformed date
 * `bad_date`. One grouped query a week of term so far.
 */
export async function termCurves(
  lib: Library,
  actor: Actor,
  opts: { date?: IsoDate; classIds?: readonly number[] } = {},
): Promise<Result<TermCurves | null, "not_allowed" | "bad_date">> {
  const date = opts.date ?? today(lib);
  if (!isIsoDate(date)) return refuse("bad_date");
  if (!(await mayReadFigures(lib, actor))) return refuse("not_allowed");
  const term = lib.calendar.termOf(date);
  if (!term) return ok(null);
  const weeks = termWeeks(term);
  const past = weeks.filter((m) => m <= date);
  const at = (d: IsoDate) => instantOf(lib.timezone, d);
  const ends = past.map((m) =>
    addDays(m, 7) > term.endsOn ? addDays(term.endsOn, 1) : addDays(m, 7),
  );
  const [classOf, ...perWeek] = await Promise.all([
    findClassOfPatrons(lib.db),
    ...past.map((m, i) =>
      countLoansByPatron(lib.db, at(m < term.startsOn ? term.startsOn : m), at(ends[i] ?? m)),
    ),
  ]);
  const wanted = opts.classIds ? new Set(opts.classIds) : undefined;
  const totals = new Map<number, number[]>();
  perWeek.forEach((byPatron, week) => {
    for (const [patronId, n] of byPatron) {
      const c = classOf.get(patronId);
      if (c === undefined || (wanted && !wanted.has(c))) continue;
      const row = totals.get(c) ?? past.map(() => 0);
      row[week] = (row[week] ?? 0) + n;
      totals.set(c, row);
    }
  });
  const ids = opts.classIds ?? [...new Set(classOf.values())];
  const classes = [...new Set(ids)].map((classId) => {
    let sum = 0;
    return {
      classId,
      cumulative: (totals.get(classId) ?? past.map(() => 0)).map((n) => (sum += n)),
    };
  });
  return ok({ term: { ...term }, weeks, classes });
}
