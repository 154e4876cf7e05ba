import type { SchoolClassRef } from "../../core/broadcasts/school-classes.ts";
import { choosePaged } from "../engine/paginate.ts";
import type { Conversation } from "../types.ts";

/** The grades that have a class, ascending. */
export function gradesOf(classes: readonly SchoolClassRef[]): number[] {
  return [...new Set(classes.map((k) => k.grade))].sort((a, b) => a - b);
}

/** A grade of the school (only grades with a class are offered). */
export async function pickGrade(c: Conversation, classes: SchoolClassRef[]): Promise<number> {
  const grades = gradesOf(classes);
  const menu = grades.map((g) => ({ id: `g${g}`, label: c.t("staff_grade_label", { grade: g }) }));
  if (menu.length === 1) return grades[0] ?? 0;
  return Number((await choosePaged(c, c.t("staff_pick_grade"), menu, 12)).slice(1));
}

/** A class: the grade first when the school has several, then the class within it. */
export async function pickClass(
  c: Conversation,
  classes: SchoolClassRef[],
): Promise<SchoolClassRef> {
  const grade = await pickGrade(c, classes);
  const inGrade = classes.filter((k) => k.grade === grade);
  const menu = inGrade.map((k) => ({ id: `c${k.id}`, label: c.t("staff_class_label", k) }));
  const id =
    menu.length === 1 ? menu[0]?.id : await choosePaged(c, c.t("staff_pick_class"), menu, 12);
  const picked = inGrade.find((k) => `c${k.id}` === id);
  if (!picked) throw new Error("picked class is not on the menu");
  return picked;
}
