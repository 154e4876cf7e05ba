import { findAllRotaEntries } from "../../db/week-rota-repo.ts";
import { findClassesWithGrade } from "../../db/notice-recipient-repo.ts";
import type { Library } from "../library.ts";

/** How often a class comes to borrow, as the school's rota says: every week, odd or even weeks. */
export type Cadence = "every" | "odd" | "even";

export interface ClassCadence {
  classId: number;
  className: string;
  grade: number;
  cadence: Cadence;
}

/** The rota fields a cadence is read from. */
export interface CadenceEntry {
  kind: string;
  classId: number | null;
  grades: string;
  weeks: string;
}

/**
 * The cadence of a set of rota week markers: any "every" entry, or entries in both odd and
 * even weeks, make it every week; only "odd" (or only "even") entries make it every other
 * week. No entries: undefined (the rota says nothing about this class).
 */
export function cadenceOf(weeks: readonly string[]): Cadence | undefined {
  const set = new Set(weeks);
  if (set.size === 0) return undefined;
  if (set.has("every") || (set.has("odd") && set.has("even"))) return "every";
  return set.has("odd") ? "odd" : "even";
}

const gradesOf = (s: string): number[] => s.split(",").map((g) => Number(g.trim()));

/**
 * Each class's cadence from its own borrowing slots and its grade's open days (duty shifts do
 * not count). Pure: the rota rows and the classes in, a map by class id out.
 */
export function cadencesFrom(
  entries: readonly CadenceEntry[],
  classes: readonly { id: number; name: string; grade: number }[],
): Map<number, ClassCadence> {
  const out = new Map<number, ClassCadence>();
  for (const c of classes) {
    const weeks = entries
      .filter(
        (e) =>
          (e.kind === "slot" && e.classId === c.id) ||
          (e.kind === "grade_day" && gradesOf(e.grades).includes(c.grade)),
      )
      .map((e) => e.weeks);
    const cadence = cadenceOf(weeks);
    if (cadence) out.set(c.id, { classId: c.id, className: c.name, grade: c.grade, cadence });
  }
  return out;
}

/**
 * The school's own rota rule for every class it names (for the Monday push, which states it
 * instead of a fixed "once a week"). Classes the rota does not name are absent.
 */
export async function rotaCadences(lib: Library): Promise<Map<number, ClassCadence>> {
  const [entries, classes] = await Promise.all([
    findAllRotaEntries(lib.db),
    findClassesWithGrade(lib.db),
  ]);
  return cadencesFrom(entries, classes);
}

/** The rota rule of the given classes (those the rota names), in class order. */
export async function cadencesOf(
  lib: Library,
  classIds: readonly number[],
): Promise<ClassCadence[]> {
  const all = await rotaCadences(lib);
  return [...all.values()].filter((c) => classIds.includes(c.classId));
}
