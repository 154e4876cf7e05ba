import { findPatronForGrant, setStudentLibrarian } from "../../db/roster-repo.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import { runTransaction } from "../../db/transact.ts";

/**
 * Makes a pupil a student librarian (小管) or takes it back. The pupil then works the desk
 * during their duty shifts with their own pupil binding. Librarian only; refusals
 * `not_librarian`, `unknown_card`, `not_a_student`.
 */
export async function grantStudentLibrarian(
  lib: Library,
  actor: Actor,
  cardNumber: string,
  on: boolean,
): Promise<
  Result<{ patronId: number; on: boolean }, "not_librarian" | "unknown_card" | "not_a_student">
> {
  if (!actor.isLibrarian) return refuse("not_librarian");
  const patron = await findPatronForGrant(lib.db, cardNumber.trim());
  if (!patron) return refuse("unknown_card");
  if (patron.role !== "student") return refuse("not_a_student");
  return runTransaction(lib.db, async (tx) => {
    await setStudentLibrarian(tx, patron.id, on);
    await audit(tx, actor, "patron.student_librarian", `patron:${patron.id}`, { on });
    return ok({ patronId: patron.id, on });
  });
}
