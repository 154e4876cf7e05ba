import type { Db, Tx } from "./client.ts";

/** Active patrons with an open loan due on or before the date (YYYY-MM-DD), by id. */
export async function findActivePatronsWithLoansDueBy(tx: Tx, date: string): Promise<number[]> {
  const rows = await tx.loan.findMany({
    where: { returnedAt: null, dueOn: { lte: date }, patron: { status: "active" } },
    select: { patronId: true },
    distinct: ["patronId"],
    orderBy: { patronId: "asc" },
  });
  return rows.map((r) => r.patronId);
}

const cardPatron = {
  id: true,
  name: true,
  cardNumber: true,
  status: true,
  role: true,
  classId: true,
} as const;

export interface CardPatron {
  id: number;
  name: string;
  cardNumber: string;
  status: string;
  role: string;
  classId: number | null;
}

export function findCardPatron(tx: Tx, id: number): Promise<CardPatron | null> {
  return tx.patron.findUnique({ where: { id }, select: cardPatron });
}

export function findCardPatronByNumber(tx: Tx, cardNumber: string): Promise<CardPatron | null> {
  return tx.patron.findUnique({ where: { cardNumber }, select: cardPatron });
}

/** Sets a card's status (and its number when given). */
export async function updateCard(
  tx: Tx,
  id: number,
  data: { status: string; cardNumber?: string; suspendedAt?: Date | null },
): Promise<void> {
  await tx.patron.update({ where: { id }, data, select: { id: true } });
}

/** Whether a card number is taken (by any patron). */
export async function cardNumberTaken(tx: Tx, cardNumber: string): Promise<boolean> {
  return (await tx.patron.count({ where: { cardNumber } })) > 0;
}

/** The pupils of a class whose card is not issued yet. */
export function findUnissuedPupils(tx: Tx, classId: number): Promise<CardPatron[]> {
  return tx.patron.findMany({
    where: { classId, role: "student", status: "not_issued" },
    select: cardPatron,
    orderBy: { id: "asc" },
  });
}

/** Moves the given patrons from not_issued to active. */
export async function issueCards(tx: Tx, ids: number[]): Promise<number> {
  const r = await tx.patron.updateMany({
    where: { id: { in: ids }, status: "not_issued" },
    data: { status: "active" },
  });
  return r.count;
}

/** Librarian accounts, to tell of a lost card. */
export function findLibrarianAccounts(db: Db | Tx) {
  return db.chatMember.findMany({
    where: { bindings: { some: { kind: "librarian" } } },
    select: { id: true, platform: true, userId: true, locale: true },
    orderBy: { id: "asc" },
  });
}

export async function findClassIdByName(tx: Tx, name: string): Promise<number | undefined> {
  const c = await tx.schoolClass.findUnique({ where: { name }, select: { id: true } });
  return c?.id;
}
