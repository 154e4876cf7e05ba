import { findClassNames } from "../../db/notice-loan-repo.ts";
import { findOpenCornerBooksOfClasses } from "../../db/corner-repo.ts";
import type { Actor } from "../actor.ts";
import type { IsoDate } from "../dates.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";

/** One class's corner as its teacher sees it: the copies still there, each with its due date. */
export interface ClassCorner {
  className: string;
  books: { title: string; barcode: string; dueOn: IsoDate }[];
}

/**
 * The class corners (集体借阅) of the classes a teacher heads: what is still in each, soonest
 * due first, so the teacher who answers for them knows what to bring back. Refusal
 * `not_teacher` for an account that heads no class.
 */
export async function classCornerBooks(
  lib: Library,
  actor: Actor,
): Promise<Result<ClassCorner[], "not_teacher">> {
  if (actor.kind !== "member" || actor.classIds.length === 0) return refuse("not_teacher");
  const [books, names] = await Promise.all([
    findOpenCornerBooksOfClasses(lib.db, actor.classIds),
    findClassNames(lib.db),
  ]);
  return ok(
    actor.classIds
      .map((id) => ({
        className: names.get(id) ?? "",
        books: books
          .filter((b) => b.classId === id)
          .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
          .map(({ title, barcode, dueOn }) => ({ title, barcode, dueOn })),
      }))
      .sort((a, b) => a.className.localeCompare(b.className)),
  );
}
