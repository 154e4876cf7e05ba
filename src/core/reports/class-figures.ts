import { countCornerBooksByClass } from "../../db/corner-repo.ts";
import { countVisitsByClass } from "../../db/visit-repo.ts";
import {
  countLoansByPatron,
  countPupilsByClass,
  findAllClasses,
  findClassOfPatrons,
  findPatronRole,
} from "../../db/class-figures-repo.ts";
import type { Actor } from "../actor.ts";
import type { TermDates } from "../calendar.ts";
import { addDays, daysBetween, instantOf, isIsoDate, mondayOf } from "../dates.ts";
import type { IsoDate } from "../dates.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";

export interface ClassFigure {
  classId: number;
  className: string;
  grade: number;
  pupils: number;
  loansThisWeek: number;
  readersThisWeek: number;
  /** Loans from the first day of term to the end of the week (or of the term, if sooner). */
  loansThisTerm: number;
  /** Loans this term per pupil, to two decimals. */
  perPupilThisTerm: number;
  target: number;
  /** perPupilThisTerm ≥ target × the fraction of the term elapsed. */
  onTrack: boolean;
  /** 1 = most books per pupil; equal figures share a rank. */
  rank: number;
  /** Class-corner copies (集体借阅) lent to the class this term: apart from personal loans. */
  cornerLentThisTerm: number;
  /** Class-corner copies in the class now. */
  cornerOut: number;
  /** Library visits (到馆) recorded this week: the plan asks for at least one. */
  visitsThisWeek: number;
}

export interface ClassFigures {
  week: { from: IsoDate; to: IsoDate };
  term: TermDates | null;
  /** Fraction of the term's days up to and including the date (0 outside a term). */
  termElapsed: number;
  classes: ClassFigure[];
}

/** Counts only: the librarian and any teacher may read every class's figures. */
export async function mayReadFigures(lib: Library, actor: Actor): Promise<boolean> {
  if (actor.isLibrarian) return true;
  if (actor.kind !== "member") return false;
  if (actor.classIds.length > 0) return true;
  if (actor.selfPatronId === undefined) return false;
  return (await findPatronRole(lib.db, actor.selfPatronId))?.role === "teacher";
}

/** Sums per-patron counts into per-class loans and distinct readers. */
function perClass(byPatron: Map<number, number>, classOf: Map<number, number>) {
  const loans = new Map<number, number>();
  const readers = new Map<number, number>();
  for (const [patronId, n] of byPatron) {
    const c = classOf.get(patronId);
    if (c === undefined) continue;
    loans.set(c, (loans.get(c) ?? 0) + n);
    readers.set(c, (readers.get(c) ?? 0) + 1);
  }
  return { loans, readers };
}

function withRanks(figures: Omit<ClassFigure, "rank">[]): ClassFigure[] {
  const sorted = [...figures].sort((a, b) => b.perPupilThisTerm - a.perPupilThisTerm);
  return sorted.map((f) => ({
    ...f,
    rank: 1 + sorted.filter((o) => o.perPupilThisTerm > f.perPupilThisTerm).length,
  }));
}

function termElapsed(term: TermDates | undefined, date: IsoDate): number {
  if (!term) return 0;
  return (daysBetween(term.startsOn, date) + 1) / (daysBetween(term.startsOn, term.endsOn) + 1);
}

type Counts = ReturnType<typeof perClass>;
type CornerCounts = Awaited<ReturnType<typeof countCornerBooksByClass>>;

function figuresOf(
  classes: { id: number; name: string; grade: number }[],
  pupils: Map<number, number>,
  week: Counts,
  term: Counts,
  goal: { target: number; elapsed: number },
  corners: CornerCounts,
  visits: Map<number, number>,
): ClassFigure[] {
  const figures = classes.map((c) => {
    const n = pupils.get(c.id) ?? 0;
    const loansThisTerm = term.loans.get(c.id) ?? 0;
    const perPupil = n === 0 ? 0 : loansThisTerm / n;
    return {
      classId: c.id,
      className: c.name,
      grade: c.grade,
      pupils: n,
      loansThisWeek: week.loans.get(c.id) ?? 0,
      readersThisWeek: week.readers.get(c.id) ?? 0,
      loansThisTerm,
      perPupilThisTerm: Math.round(perPupil * 100) / 100,
      target: goal.target,
      onTrack: perPupil >= goal.target * goal.elapsed,
      cornerLentThisTerm: corners.lent.get(c.id) ?? 0,
      cornerOut: corners.out.get(c.id) ?? 0,
      visitsThisWeek: visits.get(c.id) ?? 0,
    };
  });
  return withRanks(figures);
}

/**
 * Weekly class borrowing figures (阳光阅读班级) for the week (Mon–Sun) and the term containing
 * `date` (default today): per class pupils, loans and readers this week, loans and books per
 * pupil this term against policy.termTargetPerPupil, and a ranking; class-corner copies
 * (集体借阅) lent this term and in the class now, counted apart; library visits (到馆) this
 * week. Counts only, never names,
 * so every teacher may see every class. For the librarian and teachers; others are refused
 * `not_allowed`; a malformed date `bad_date`. A few grouped queries, whatever the school size.
 */
export async function classFigures(
  lib: Library,
  actor: Actor,
  opts: { date?: IsoDate } = {},
): Promise<Result<ClassFigures, "not_allowed" | "bad_date">> {
  const date = opts.date ?? today(lib);
  if (!isIsoDate(date)) return refuse("bad_date");
  if (!(await mayReadFigures(lib, actor))) return refuse("not_allowed");
  const monday = mondayOf(date);
  const term = lib.calendar.termOf(date);
  const at = (d: IsoDate) => instantOf(lib.timezone, d);
  const weekEnd = addDays(monday, 7);
  const termEnd = term && addDays(term.endsOn, 1) < weekEnd ? addDays(term.endsOn, 1) : weekEnd;
  const termFrom = at(term ? term.startsOn : monday);
  const [classes, pupils, classOf, week, termLoans, corners, visits] = await Promise.all([
    findAllClasses(lib.db),
    countPupilsByClass(lib.db),
    findClassOfPatrons(lib.db),
    countLoansByPatron(lib.db, at(monday), at(weekEnd)),
    term ? countLoansByPatron(lib.db, termFrom, at(termEnd)) : new Map<number, number>(),
    countCornerBooksByClass(lib.db, termFrom, at(term ? termEnd : weekEnd)),
    countVisitsByClass(lib.db, monday, addDays(monday, 6)),
  ]);
  const elapsed = termElapsed(term, date);
  const goal = { target: lib.policy.termTargetPerPupil, elapsed };
  const weekCounts = perClass(week, classOf);
  const termCounts = perClass(termLoans, classOf);
  const figures = figuresOf(classes, pupils, weekCounts, termCounts, goal, corners, visits);
  return ok({
    week: { from: monday, to: addDays(monday, 6) },
    term: term ? { ...term } : null,
    termElapsed: elapsed,
    classes: figures,
  });
}
