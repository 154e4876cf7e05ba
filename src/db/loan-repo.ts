import type { Tx } from "./client.ts";

export function createLoan(
  tx: Tx,
  data: { copyId: number; patronId: number; issuedAt: Date; dueOn: string },
) {
  return tx.loan.create({ data, select: { id: true, dueOn: true } });
}

export function countOpenLoans(tx: Tx, patronId: number): Promise<number> {
  return tx.loan.count({ where: { patronId, returnedAt: null } });
}

export function findOpenLoanOfCopy(tx: Tx, copyId: number) {
  return tx.loan.findFirst({
    where: { copyId, returnedAt: null },
    select: { id: true, patronId: true, dueOn: true },
  });
}

/** Closes a loan that is still open; false when it was already closed. */
export async function closeLoan(tx: Tx, id: number, at: Date): Promise<boolean> {
  const r = await tx.loan.updateMany({ where: { id, returnedAt: null }, data: { returnedAt: at } });
  return r.count === 1;
}

export function findLoanForRenewal(tx: Tx, id: number) {
  return tx.loan.findUnique({
    where: { id },
    select: {
      id: true,
      patronId: true,
      dueOn: true,
      renewals: true,
      returnedAt: true,
      patron: { select: { role: true, status: true } },
      copy: { select: { titleId: true } },
    },
  });
}

/** Stores a renewal only if nobody renewed or returned the loan in between. */
export async function extendLoanIf(
  tx: Tx,
  id: number,
  renewals: number,
  dueOn: string,
): Promise<boolean> {
  const r = await tx.loan.updateMany({
    where: { id, renewals, returnedAt: null },
    data: { dueOn, renewals: renewals + 1 },
  });
  return r.count === 1;
}

export function findOpenLoansOfPatron(tx: Tx, patronId: number) {
  return tx.loan.findMany({
    where: { patronId, returnedAt: null },
    select: { id: true, copy: { select: { title: { select: { title: true } } } } },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
  });
}

export function countOpenLoansDueOnOrBefore(
  tx: Tx,
  patronId: number,
  date: string,
): Promise<number> {
  return tx.loan.count({ where: { patronId, returnedAt: null, dueOn: { lte: date } } });
}

export async function hasOpenLoanOfTitle(
  tx: Tx,
  patronId: number,
  titleId: number,
): Promise<boolean> {
  const hit = await tx.loan.findFirst({
    where: { patronId, returnedAt: null, copy: { titleId } },
    select: { id: true },
  });
  return hit !== null;
}

/**
 * Open loans whose stored overdue level is below the level their due date reaches:
 * `cutoffs[k]` is the latest due date at level k + 1.
 */
export function findOpenLoansBelowLevel(tx: Tx, cutoffs: readonly [string, string, string]) {
  return tx.loan.findMany({
    where: {
      returnedAt: null,
      OR: cutoffs.map((date, k) => ({ dueOn: { lte: date }, overdueLevel: { lt: k + 1 } })),
    },
    select: { id: true, patronId: true, dueOn: true },
    orderBy: { id: "asc" },
  });
}

export async function setOverdueLevel(tx: Tx, ids: number[], level: number): Promise<void> {
  if (ids.length === 0) return;
  await tx.loan.updateMany({ where: { id: { in: ids } }, data: { overdueLevel: level } });
}
