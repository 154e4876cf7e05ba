import { createSuggestion, findNewestSuggestions } from "../db/suggestion-repo.ts";
import type { Actor } from "./actor.ts";
import { audit } from "./audit.ts";
import { clockIn, dateIn } from "./dates.ts";
import type { IsoDate } from "./dates.ts";
import type { Library } from "./library.ts";
import { ok, refuse } from "./result.ts";
import type { Result } from "./result.ts";
import { runTransaction } from "../db/transact.ts";

export type SuggestionKind = "suggestion" | "purchase";

/** Longest text the box takes, in characters (a Chinese character counts one). */
export const MAX_SUGGESTION_CHARS = 500;

export type SubmitRefusal = "not_member" | "not_bound" | "empty_text" | "too_long";

export interface SuggestionView {
  id: number;
  kind: SuggestionKind;
  text: string;
  status: string;
  createdOn: IsoDate;
  /** "HH:mm" in the school timezone. */
  createdAt: string;
}

/**
 * Whether the actor may use the suggestion box: a member account with at least one binding
 * (a reader, a teacher, a student librarian or the librarian). Groups and unbound accounts
 * may not, so the librarian always knows the box holds the school's own voices.
 */
export function suggestRefusal(actor: Actor): "not_member" | "not_bound" | undefined {
  if (actor.kind !== "member" || actor.memberId === undefined) return "not_member";
  const bound =
    actor.patronIds.length > 0 ||
    actor.classIds.length > 0 ||
    actor.isLibrarian ||
    actor.isStudentLibrarian;
  return bound ? undefined : "not_bound";
}

/**
 * Puts a suggestion or a purchase request (荐购) into the librarian's box. The text is trimmed
 * and must hold 1–500 characters; a longer one is refused whole (`too_long` with `length` and
 * `max`), never cut. Refusals: `not_member`, `not_bound`, `empty_text`, `too_long`.
 */
export async function submitSuggestion(
  lib: Library,
  actor: Actor,
  input: { kind: SuggestionKind; text: string },
): Promise<Result<{ id: number }, SubmitRefusal>> {
  const refusal = suggestRefusal(actor);
  if (refusal || actor.memberId === undefined) return refuse(refusal ?? "not_member");
  const text = input.text.trim();
  const length = [...text].length;
  if (length === 0) return refuse("empty_text");
  if (length > MAX_SUGGESTION_CHARS)
    return refuse("too_long", { length, max: MAX_SUGGESTION_CHARS });
  const memberId = actor.memberId;
  return runTransaction(lib.db, async (tx) => {
    const row = await createSuggestion(tx, {
      memberId,
      kind: input.kind,
      text,
      createdAt: lib.now(),
    });
    await audit(tx, actor, "suggestion.create", `suggestion:${row.id}`, {
      kind: input.kind,
      length,
    });
    return ok({ id: row.id });
  });
}

/**
 * The newest suggestions and purchase requests (default 10), newest first, for the librarian.
 * Who wrote them is not shown: the box is read for what it says. Refusal `not_librarian`.
 */
export async function listSuggestions(
  lib: Library,
  actor: Actor,
  limit = 10,
): Promise<Result<SuggestionView[], "not_librarian">> {
  if (!actor.isLibrarian) return refuse("not_librarian");
  const rows = await findNewestSuggestions(lib.db, limit);
  return ok(
    rows.map((r) => ({
      id: r.id,
      kind: r.kind === "purchase" ? "purchase" : "suggestion",
      text: r.text,
      status: r.status,
      createdOn: dateIn(lib.timezone, r.createdAt),
      createdAt: clockIn(lib.timezone, r.createdAt),
    })),
  );
}
