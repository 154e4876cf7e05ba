/**
 * Who is asking. Built from the bindings of a chat account (see src/core/bindings/actor.ts),
 * never from ids in a message; every core entry point checks it.
 */
export interface Actor {
  kind: "member" | "group" | "system";
  /** ChatMember id, for audit; absent for groups and the system. */
  memberId?: number;
  /** The patron this account is (a student or teacher binding to themself). */
  selfPatronId?: number;
  /** Patrons this account may act for: self plus children as guardian. */
  patronIds: number[];
  /** Classes this account sees as class teacher, or the linked class of a group chat. */
  classIds: number[];
  isLibrarian: boolean;
  isStudentLibrarian: boolean;
}

/** The admin CLI and scheduled jobs: full rights, audited as "system". */
export const systemActor: Actor = {
  kind: "system",
  patronIds: [],
  classIds: [],
  isLibrarian: true,
  isStudentLibrarian: false,
};

/** True when the actor may read or act on this patron's loans and holds. */
export function canActFor(actor: Actor, patronId: number): boolean {
  return actor.isLibrarian || actor.patronIds.includes(patronId);
}

/** True when the actor may see this class's lists (teacher of it, its group, the librarian). */
export function canSeeClass(actor: Actor, classId: number): boolean {
  return actor.isLibrarian || actor.classIds.includes(classId);
}
