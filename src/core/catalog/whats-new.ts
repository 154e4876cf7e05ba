import { findClassGrades, findNewTitles, findPatronGrades } from "../../db/new-titles-repo.ts";
import type { Actor } from "../actor.ts";
import { addDays } from "../dates.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";
import { toHits } from "./hits.ts";
import type { HitPage } from "./hits.ts";
import { pageBounds } from "./search.ts";
import type { PageOptions } from "./search.ts";

/**
 * The grades a list is narrowed to, or null for no filter. Pupils' class grades for a parent
 * or student; a class group's grade; teachers, the librarian and accounts with no pupils see
 * every title.
 */
async function gradesFor(lib: Library, actor: Actor): Promise<number[] | null> {
  if (actor.isLibrarian) return null;
  if (actor.kind === "group") {
    const rows = await findClassGrades(lib.db, actor.classIds);
    return rows.length > 0 ? [...new Set(rows.map((r) => r.grade))] : null;
  }
  const patrons = await findPatronGrades(lib.db, actor.patronIds);
  if (patrons.some((p) => p.role === "teacher")) return null;
  const grades = patrons.flatMap((p) => (p.role === "student" && p.class ? [p.class.grade] : []));
  return grades.length > 0 ? [...new Set(grades)] : null;
}

/**
 * "新书 / what's new": titles added within policy.newTitleDays up to today (today counts as
 * one of them), librarian picks first (their ids in `recommendedIds`), then newest. A title fits a pupil when
 * gradeMin ≤ grade ≤ gradeMax; a parent sees what fits any of the children. Same hits as search.
 */
export async function whatsNew(
  lib: Library,
  actor: Actor,
  opts: PageOptions = {},
): Promise<HitPage & { recommendedIds: number[] }> {
  const day = today(lib);
  const { offset, limit } = pageBounds(opts);
  const { total, rows } = await findNewTitles(lib.db, {
    since: addDays(day, 1 - lib.policy.newTitleDays),
    until: day,
    grades: await gradesFor(lib, actor),
    skip: offset,
    take: limit,
  });
  const recommendedIds = rows.flatMap((r) => (r.recommended ? [r.id] : []));
  return { total, hits: await toHits(lib.db, rows), recommendedIds };
}
