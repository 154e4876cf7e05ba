import { findSchoolClasses } from "../../db/broadcast-repo.ts";
import type { Actor } from "../actor.ts";
import type { SchoolClassRef } from "../broadcasts/school-classes.ts";
import { isDeskStaff } from "../circulation/desk-staff.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";

/**
 * The classes a batch can be lent to, for the desk staff's class menu (the librarian, a 小管
 * on duty); refusal `not_desk_staff`.
 */
export async function cornerClasses(
  lib: Library,
  actor: Actor,
): Promise<Result<SchoolClassRef[], "not_desk_staff">> {
  if (actor.kind === "group" || !(await isDeskStaff(lib, actor))) return refuse("not_desk_staff");
  return ok(await findSchoolClasses(lib.db));
}
