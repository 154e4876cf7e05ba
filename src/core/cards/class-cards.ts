import { findUnissuedPupils, issueCards } from "../../db/card-repo.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";

export type ClassCardsRefusal = "not_librarian" | "none_to_issue";

/**
 * Issues in one step the cards of every pupil of a class whose card is not issued yet (new
 * first graders, 开学前办卡): they become active and may borrow. Refusals: not_librarian,
 * none_to_issue (every card of the class is issued already, or the class has no pupils).
 */
export async function issueClassCards(
  lib: Library,
  actor: Actor,
  classId: number,
): Promise<Result<{ issued: number }, ClassCardsRefusal>> {
  if (!actor.isLibrarian) return refuse("not_librarian");
  return lib.db.$transaction(async (tx): Promise<Result<{ issued: number }, ClassCardsRefusal>> => {
    const pupils = await findUnissuedPupils(tx, classId);
    if (pupils.length === 0) return refuse("none_to_issue");
    const issued = await issueCards(
      tx,
      pupils.map((p) => p.id),
    );
    await audit(tx, actor, "card.issue_class", `class:${classId}`, { issued });
    return ok({ issued });
  });
}
