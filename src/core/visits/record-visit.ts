import { findSchoolClasses } from "../../db/broadcast-repo.ts";
import { findClassByName } from "../../db/corner-repo.ts";
import { runTransaction } from "../../db/transact.ts";
import { insertVisitOnce } from "../../db/visit-repo.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import type { SchoolClassRef } from "../broadcasts/school-classes.ts";
import { isDeskStaff } from "../circulation/desk-staff.ts";
import { parseClassName } from "../imports/grades.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";

export type VisitKind = "visit" | "lesson";
export type VisitRefusal = "not_allowed" | "unknown_class" | "not_your_class" | "already_recorded";

/**
 * Records today's library visit (到馆) or reading-room lesson (阅览课) of a class: by its class
 * teacher, a 小管 on duty or the librarian. Once per class, kind and day (a second record is
 * refused `already_recorded`). Refusals: not_allowed, unknown_class, not_your_class (a teacher
 * naming a class they do not head), already_recorded.
 */
export async function recordVisit(
  lib: Library,
  actor: Actor,
  input: { className: string; kind: VisitKind },
): Promise<Result<{ className: string; on: string }, VisitRefusal>> {
  if (actor.kind === "group") return refuse("not_allowed");
  const desk = await isDeskStaff(lib, actor);
  if (!desk && actor.classIds.length === 0) return refuse("not_allowed");
  const name = parseClassName(input.className)?.name;
  if (!name) return refuse("unknown_class");
  type Recorded = Result<{ className: string; on: string }, VisitRefusal>;
  return runTransaction(lib.db, async (tx): Promise<Recorded> => {
    const cls = await findClassByName(tx, name);
    if (!cls) return refuse("unknown_class");
    if (!desk && !actor.classIds.includes(cls.id)) return refuse("not_your_class");
    const on = today(lib);
    const data = { classId: cls.id, kind: input.kind, on, recordedBy: actor.memberId ?? null };
    if (!(await insertVisitOnce(tx, { ...data, createdAt: lib.now() }))) {
      return refuse("already_recorded");
    }
    await audit(tx, actor, `visit.${input.kind}`, `class:${cls.id}`, { on });
    return ok({ className: cls.name, on });
  });
}

/** The classes an actor may record a visit for: all for desk staff, a teacher's own otherwise. */
export async function visitClasses(lib: Library, actor: Actor): Promise<SchoolClassRef[]> {
  if (actor.kind === "group") return [];
  const all = await findSchoolClasses(lib.db);
  if (await isDeskStaff(lib, actor)) return all;
  return all.filter((c) => actor.classIds.includes(c.id));
}
