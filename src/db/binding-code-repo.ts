import type { Db, Tx } from "./client.ts";

export interface NewCode {
  codeHash: string;
  kind: string;
  patronId: number | null;
  maxUses: number;
  expiresAt: Date;
}

export function findPupilsOfClass(tx: Tx, classId: number) {
  return tx.patron.findMany({
    where: { classId, role: "student", status: { not: "left" } },
    select: { id: true, name: true, cardNumber: true },
    orderBy: { cardNumber: "asc" },
  });
}

export function findTeachers(tx: Tx) {
  return tx.patron.findMany({
    where: { role: "teacher", status: { not: "left" } },
    select: {
      id: true,
      name: true,
      cardNumber: true,
      headOf: { select: { class: { select: { name: true } } } },
    },
    orderBy: { cardNumber: "asc" },
  });
}

/** One patron by card number, with what a code slip shows (class, or classes headed). */
export function findPatronForCodes(tx: Tx, cardNumber: string) {
  return tx.patron.findFirst({
    where: { cardNumber, status: { not: "left" } },
    select: {
      id: true,
      name: true,
      cardNumber: true,
      role: true,
      class: { select: { name: true } },
      headOf: { select: { class: { select: { name: true } } } },
    },
  });
}

/** Revokes the codes of these kinds for this patron (null: codes tied to no patron) still live at `now`. */
export async function revokeLiveCodes(
  tx: Tx,
  patronId: number | null,
  kinds: readonly string[],
  now: Date,
): Promise<number> {
  const r = await tx.bindingCode.updateMany({
    where: { patronId, kind: { in: [...kinds] }, revokedAt: null, expiresAt: { gt: now } },
    data: { revokedAt: now },
  });
  return r.count;
}

/**
 * How many codes of these kinds for these patrons (null: codes tied to no patron) are live at
 * `now`: not revoked, not expired, with a use left.
 */
export function countLiveCodes(
  tx: Tx,
  patronIds: readonly number[] | null,
  kinds: readonly string[],
  now: Date,
): Promise<number> {
  return tx.bindingCode.count({
    where: {
      patronId: patronIds === null ? null : { in: [...patronIds] },
      kind: { in: [...kinds] },
      revokedAt: null,
      expiresAt: { gt: now },
      uses: { lt: tx.bindingCode.fields.maxUses },
    },
  });
}

export async function createCodes(tx: Tx, codes: readonly NewCode[]): Promise<void> {
  await tx.bindingCode.createMany({ data: [...codes] });
}

export function findCodeByHash(db: Db | Tx, codeHash: string) {
  return db.bindingCode.findUnique({
    where: { codeHash },
    select: {
      id: true,
      kind: true,
      patronId: true,
      maxUses: true,
      uses: true,
      expiresAt: true,
      revokedAt: true,
      patron: { select: { name: true, class: { select: { name: true } } } },
    },
  });
}

/**
 * Takes one use of a code if it is still live and has a use left; false when another
 * redemption took the last use first (the check and the increment are one statement).
 */
export async function takeCodeUse(tx: Tx, id: number, now: Date): Promise<boolean> {
  const r = await tx.bindingCode.updateMany({
    where: {
      id,
      revokedAt: null,
      expiresAt: { gt: now },
      uses: { lt: tx.bindingCode.fields.maxUses },
    },
    data: { uses: { increment: 1 } },
  });
  return r.count === 1;
}
