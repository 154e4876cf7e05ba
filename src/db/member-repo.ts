import type { Db, Tx } from "./client.ts";

export interface MemberIdentity {
  platform: string;
  userId: string;
  displayName?: string | undefined;
}

/** Finds the chat member or creates it; a new display name replaces the stored one. */
export function upsertMember(db: Db, who: MemberIdentity) {
  const name = who.displayName === undefined ? {} : { displayName: who.displayName };
  return db.chatMember.upsert({
    where: { platform_userId: { platform: who.platform, userId: who.userId } },
    create: { platform: who.platform, userId: who.userId, ...name },
    update: name,
    select: { id: true, bindFailures: true, bindLockedUntil: true },
  });
}

/** Counts one failed bind attempt; returns the new count. */
export async function addBindFailure(db: Db, memberId: number): Promise<number> {
  const m = await db.chatMember.update({
    where: { id: memberId },
    data: { bindFailures: { increment: 1 } },
    select: { bindFailures: true },
  });
  return m.bindFailures;
}

export async function setBindLock(
  db: Db | Tx,
  memberId: number,
  until: Date | null,
): Promise<void> {
  await db.chatMember.update({
    where: { id: memberId },
    data: { bindLockedUntil: until, bindFailures: 0 },
    select: { id: true },
  });
}

export function findBinding(db: Db | Tx, memberId: number, kind: string, patronId: number | null) {
  return db.binding.findFirst({ where: { memberId, kind, patronId }, select: { id: true } });
}

export function createBinding(
  tx: Tx,
  b: { memberId: number; kind: string; patronId: number | null },
) {
  return tx.binding.create({ data: b, select: { id: true } });
}

/** A member's bindings with what building an actor needs (one round trip). */
export function findMemberAccess(db: Db, platform: string, userId: string) {
  return db.chatMember.findUnique({
    where: { platform_userId: { platform, userId } },
    select: {
      id: true,
      bindings: {
        select: {
          kind: true,
          patronId: true,
          patron: { select: { isStudentLibrarian: true, headOf: { select: { classId: true } } } },
        },
      },
    },
  });
}
