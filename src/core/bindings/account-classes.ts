import { findClassNames } from "../../db/class-name-repo.ts";
import type { Actor } from "../actor.ts";
import type { Library } from "../library.ts";

/**
 * The names of the classes an actor sees ("3-2"): a teacher's own classes or a group's linked
 * class, in grade order. Used to confirm a teacher binding; the librarian's "all classes" is
 * not listed (empty unless classes are also headed).
 */
export function classNamesOf(lib: Library, actor: Actor): Promise<string[]> {
  return findClassNames(lib.db, actor.classIds);
}
