import { findAllRotaEntries, findClassesForRota } from "../../db/week-rota-repo.ts";
import type { Actor } from "../actor.ts";
import { addDays, mondayOf } from "../dates.ts";
import type { IsoDate } from "../dates.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";
import { schoolWeekNumber } from "./week-number.ts";

export interface RotaLine {
  entryId: number;
  kind: "slot" | "grade_day" | "duty";
  classId: number | null;
  className: string | null;
  /** Grades of a grade open day; empty for other kinds. */
  grades: number[];
  /** The student librarian on a duty shift. */
  patronId: number | null;
  patronName: string | null;
  weekday: number;
  /** The date of that weekday in this week. */
  date: IsoDate;
  start: string;
  end: string;
  weeks: string;
}

export interface WeekRota {
  monday: IsoDate;
  weekNumber: number;
  parity: "odd" | "even";
  entries: RotaLine[];
}

type Entry = Awaited<ReturnType<typeof findAllRotaEntries>>[number];

const parseGrades = (s: string): number[] =>
  s
    .split(",")
    .map((g) => Number(g.trim()))
    .filter((g) => Number.isInteger(g) && g > 0);

/** What the actor is shown: their classes' slots, their grades' open days, their own duties. */
async function relevance(lib: Library, actor: Actor): Promise<(e: Entry) => boolean> {
  if (actor.isLibrarian) return () => true;
  const patronIds = actor.kind === "group" ? [] : actor.patronIds;
  const classes = await findClassesForRota(lib.db, patronIds, actor.classIds);
  const classIds = new Set(classes.map((c) => c.id));
  const grades = new Set(classes.map((c) => c.grade));
  const dutyOf =
    actor.kind === "member" && actor.isStudentLibrarian ? actor.selfPatronId : undefined;
  return (e) => {
    if (e.kind === "slot") return e.classId !== null && classIds.has(e.classId);
    if (e.kind === "grade_day") return parseGrades(e.grades).some((g) => grades.has(g));
    if (e.kind === "duty") return dutyOf !== undefined && e.patronId === dutyOf;
    return false;
  };
}

/**
 * This week's rota for the actor (default: the week of today): class borrowing slots of the
 * actor's classes (teacher, class group) or the children's classes (parent, student), grade
 * open days for those grades, and duty shifts for a student librarian's own patron; the
 * librarian sees everything. Entries for odd or even weeks only appear in such weeks,
 * counted from the Monday of the term's first week (ISO weeks outside a term).
 */
export async function weekRota(
  lib: Library,
  actor: Actor,
  date: IsoDate = today(lib),
): Promise<WeekRota> {
  const monday = mondayOf(date);
  const weekNumber = schoolWeekNumber(lib.calendar.terms, date);
  const parity = weekNumber % 2 === 1 ? "odd" : "even";
  const [entries, shows] = await Promise.all([findAllRotaEntries(lib.db), relevance(lib, actor)]);
  const lines = entries
    .filter((e) => (e.weeks === "every" || e.weeks === parity) && shows(e))
    .map((e): RotaLine => ({
      entryId: e.id,
      kind: e.kind as RotaLine["kind"],
      classId: e.classId,
      className: e.class?.name ?? null,
      grades: e.kind === "grade_day" ? parseGrades(e.grades) : [],
      patronId: e.patronId,
      patronName: e.patron?.name ?? null,
      weekday: e.weekday,
      date: addDays(monday, e.weekday - 1),
      start: e.start,
      end: e.end,
      weeks: e.weeks,
    }));
  return { monday, weekNumber, parity, entries: lines };
}
