import { Prisma } from "../generated/prisma/client.ts";
import type { Db, Tx } from "./client.ts";
import { queryRows } from "./direct-sql.ts";

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
export async function addBindFailure(db: Db | Tx, memberId: number): Promise<number> {
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

/** One row of a member's access: a binding (null for none) with its patron and a class it heads. */
export interface MemberAccessRow {
  memberId: number;
  locale: string | null;
  kind: string | null;
  patronId: number | null;
  /** Null when the binding has no patron (or it is gone). */
  isStudentLibrarian: boolean | null;
  /** A class the bound patron heads; a patron heading several gives one row each. */
  classId: number | null;
}

type RawAccessRow = Record<"memberId" | "patronId" | "classId", number | bigint | null> & {
  locale: string | null;
  kind: string | null;
  isStudentLibrarian: boolean | number | null;
};

const idOrNull = (v: number | bigint | null): number | null => (v === null ? null : Number(v));

/**
 * The counter the database raises with every change to who a chat account is (see the
 * MemberVersion model); null when the row is missing.
 */
export async function findMemberVersion(db: Db): Promise<number | null> {
  const [r] = await queryRows<{ version: number | bigint }[]>(
    db,
    Prisma.sql`SELECT "version" FROM "MemberVersion" WHERE "id" = 1`,
  );
  return r ? Number(r.version) : null;
}

/**
 * The member's locale and every binding (in binding order) with what building an actor needs,
 * in one statement (it runs on every message): no rows for an unknown member, one row with a
 * null kind for a member without bindings.
 */
export async function findMemberAccessRows(
  db: Db,
  platform: string,
  userId: string,
): Promise<MemberAccessRow[]> {
  const rows = await queryRows<RawAccessRow[]>(
    db,
    Prisma.sql`
    SELECT m."id" AS "memberId", m."locale", b."kind", b."patronId", p."isStudentLibrarian",
      t."classId"
    FROM "ChatMember" m
    LEFT JOIN "Binding" b ON b."memberId" = m."id"
    LEFT JOIN "Patron" p ON p."id" = b."patronId"
    LEFT JOIN "ClassTeacher" t ON t."teacherId" = p."id"
    WHERE m."platform" = ${platform} AND m."userId" = ${userId}
    ORDER BY b."id", t."classId"`,
  );
  return rows.map((r) => ({
    memberId: Number(r.memberId),
    locale: r.locale,
    kind: r.kind,
    patronId: idOrNull(r.patronId),
    isStudentLibrarian: r.isStudentLibrarian === null ? null : Boolean(r.isStudentLibrarian),
    classId: idOrNull(r.classId),
  }));
}
