import { findMemberAccessRows } from "../../db/member-repo.ts";
import type { MemberAccessRow } from "../../db/member-repo.ts";
import type { Actor } from "../actor.ts";
import type { Library } from "../library.ts";

/** An actor of the given kind with no rights at all. */
export const noRights = (kind: "member" | "group"): Actor => ({
  kind,
  patronIds: [],
  classIds: [],
  isLibrarian: false,
  isStudentLibrarian: false,
});

/** What a message needs to know of the chat account that sent it. */
export interface MemberContext {
  actor: Actor;
  /** The account's chosen language, null when none is set (or the account is unknown). */
  locale: string | null;
}

function addRow(actor: Actor, patronIds: Set<number>, classIds: Set<number>, b: MemberAccessRow) {
  if (b.kind === "librarian") actor.isLibrarian = true;
  if (b.kind === "student_librarian") actor.isStudentLibrarian = true;
  if (b.patronId === null || b.isStudentLibrarian === null) return;
  if (b.kind === "self" || b.kind === "teacher") {
    actor.selfPatronId = b.patronId;
    if (b.isStudentLibrarian) actor.isStudentLibrarian = true;
  }
  if (b.kind === "self" || b.kind === "teacher" || b.kind === "guardian") patronIds.add(b.patronId);
  if (b.kind === "teacher" && b.classId !== null) classIds.add(b.classId);
}

/**
 * The actor of a chat account and its language, from one read of the account and its
 * bindings (it runs on every message). The actor comes from the bindings, never from
 * anything in a message: a self or teacher binding makes that patron the account's own
 * (selfPatronId, and in patronIds); guardian bindings add the children to patronIds; a
 * teacher sees the classes their patron heads (ClassTeacher); a librarian binding gives every
 * right; the self patron's 小管 flag makes a student librarian. An unknown account gets an
 * actor with no rights and no locale.
 */
export async function memberContext(
  lib: Library,
  who: { platform: string; userId: string },
): Promise<MemberContext> {
  const rows = await findMemberAccessRows(lib.db, who.platform, who.userId);
  const first = rows[0];
  if (!first) return { actor: noRights("member"), locale: null };
  const actor: Actor = { ...noRights("member"), memberId: first.memberId };
  const patronIds = new Set<number>();
  const classIds = new Set<number>();
  for (const row of rows) addRow(actor, patronIds, classIds, row);
  actor.patronIds = [...patronIds].sort((a, b) => a - b);
  actor.classIds = [...classIds].sort((a, b) => a - b);
  return { actor, locale: first.locale };
}
