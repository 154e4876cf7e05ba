import { findGroupClass } from "../../db/chat-group-repo.ts";
import { findMemberAccess } from "../../db/member-repo.ts";
import type { Actor } from "../actor.ts";
import type { Library } from "../library.ts";

const noRights = (kind: "member" | "group"): Actor => ({
  kind,
  patronIds: [],
  classIds: [],
  isLibrarian: false,
  isStudentLibrarian: false,
});

/**
 * The actor of a chat account, built from its bindings (never from anything in a message):
 * a self or teacher binding makes that patron the account's own (selfPatronId, and in
 * patronIds); guardian bindings add the children to patronIds; a teacher sees the classes
 * their patron heads (ClassTeacher); a librarian binding gives every right; the self patron's
 * 小管 flag makes a student librarian. An unknown account gets an actor with no rights.
 * One query: it runs on every message.
 */
export async function actorFor(
  lib: Library,
  who: { platform: string; userId: string },
): Promise<Actor> {
  const member = await findMemberAccess(lib.db, who.platform, who.userId);
  if (!member) return noRights("member");
  const actor: Actor = { ...noRights("member"), memberId: member.id };
  const patronIds = new Set<number>();
  const classIds = new Set<number>();
  for (const b of member.bindings) {
    if (b.kind === "librarian") actor.isLibrarian = true;
    if (b.kind === "student_librarian") actor.isStudentLibrarian = true;
    if (b.patronId === null || !b.patron) continue;
    if (b.kind === "self" || b.kind === "teacher") {
      actor.selfPatronId = b.patronId;
      if (b.patron.isStudentLibrarian) actor.isStudentLibrarian = true;
    }
    if (b.kind === "self" || b.kind === "teacher" || b.kind === "guardian")
      patronIds.add(b.patronId);
    if (b.kind === "teacher") for (const h of b.patron.headOf) classIds.add(h.classId);
  }
  actor.patronIds = [...patronIds].sort((a, b) => a - b);
  actor.classIds = [...classIds].sort((a, b) => a - b);
  return actor;
}

/**
 * The actor of a group chat: it sees its linked class (rota, new books, activities — the
 * dialogs never show a group a named overdue list), or nothing when no class is linked.
 */
export async function actorForGroup(
  lib: Library,
  group: { platform: string; chatId: string },
): Promise<Actor> {
  const linked = await findGroupClass(lib.db, group.platform, group.chatId);
  return { ...noRights("group"), classIds: linked ? [linked.classId] : [] };
}
