import { findSchoolClasses } from "../../db/broadcast-repo.ts";
import type { Actor } from "../actor.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";

export interface SchoolClassRef {
  id: number;
  name: string;
  grade: number;
}

/**
 * The school's classes by grade and number, for the librarian's audience menus (broadcasts,
 * activities); the grades offered are those that have a class. Librarian only.
 */
export async function schoolClasses(
  lib: Library,
  actor: Actor,
): Promise<Result<SchoolClassRef[], "not_librarian">> {
  if (!actor.isLibrarian || actor.kind === "group") return refuse("not_librarian");
  return ok(await findSchoolClasses(lib.db));
}
