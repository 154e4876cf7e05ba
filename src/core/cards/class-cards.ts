import { runTransaction } from "../../db/transact.ts";
import { findClassIdByName, findUnissuedPupils, issueCards } from "../../db/card-repo.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import { parseClassName } from "../imports/grades.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";

export type ClassCardsRefusal = "not_librarian" | "unknown_class" | "none_to_issue";

type Issued = Result<{ className: string; issued: number }, ClassCardsRefusal>;

/**
 * Issues in one step the cards of every pupil of a class ("1-1", "1年1班", "一年一班") whose
 * card is not issued yet (new first graders, 开学前办卡): they become active and may borrow.
 * Refusals: not_librarian, unknown_class, none_to_issue (every card of the class is issued
 * already, or the class has no pupils).
 */
export async function issueClassCards(
  lib: Library,
  actor: Actor,
  className: string,
): Promise<Issued> {
  if (!actor.isLibrarian) return refuse("not_librarian");
  const name = parseClassName(className)?.name;
  if (!name) return refuse("unknown_class");
  return runTransaction(lib.db, async (tx): Promise<Issued> => {
    const classId = await findClassIdByName(tx, name);
    if (classId === undefined) return refuse("unknown_class");
    const pupils = await findUnissuedPupils(tx, classId);
    if (pupils.length === 0) return refuse("none_to_issue");
    const issued = await issueCards(
      tx,
      pupils.map((p) => p.id),
    );
    await audit(tx, actor, "card.issue_class", `class:${classId}`, { issued });
    return ok({ className: name, issued });
  });
}
