import { findClassByName } from "../../db/class-lookup-repo.ts";
import { findClassNames } from "../../db/class-name-repo.ts";
import type { Actor } from "../actor.ts";
import { canSeeClass } from "../actor.ts";
import { parseClassName } from "../imports/grades.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";

export type NamedClassRefusal = "not_a_class" | "no_such_class" | "not_your_class";

/**
 * The class a user named after a command ("逾期 3-1", "排班 三年一班") when the actor may see
 * it. Refusals carry the class read and the classes the actor may see, so the answer can say
 * both.
 */
export async function namedClass(
  lib: Library,
  actor: Actor,
  text: string,
): Promise<Result<{ classId: number; name: string; grade: number }, NamedClassRefusal>> {
  const mine = { mine: (await findClassNames(lib.db, actor.classIds)).join("、") };
  const ref = parseClassName(text);
  if (!ref) return refuse("not_a_class", { ...mine, name: text });
  const found = await findClassByName(lib.db, ref.name);
  if (!found) return refuse("no_such_class", { ...mine, name: ref.name });
  if (!canSeeClass(actor, found.id)) return refuse("not_your_class", { ...mine, name: ref.name });
  return ok({ classId: found.id, name: ref.name, grade: ref.grade });
}
