import { Prisma } from "../generated/prisma/client.ts";
import type { Tx } from "./client.ts";
import { anyRow, toDate, toNumber } from "./raw-rows.ts";
import { executeSql, queryRows } from "./direct-sql.ts";
import { lockPatronOfLoan } from "./pg-row-lock.ts";

// The desk's checkout and return run these on every loan: each is one raw statement, which
// costs a fraction of a model query in Prisma's query compiler.

export async function createLoan(
  tx: Tx,
  data: { copyId: number; patronId: number; issuedAt: Date; dueOn: string },
): Promise<{ id: number; dueOn: string }> {
  const [r] = await queryRows<{ id: number | bigint; dueOn: string }[]>(
    tx,
    Prisma.sql`
    INSERT INTO "Loan" ("copyId", "patronId", "issuedAt", "dueOn")
    VALUES (${data.copyId}, ${data.patronId}, ${data.issuedAt}, ${data.dueOn})
    RETURNING "id", "dueOn"`,
  );
  if (!r) throw new Error("the new loan was not returned");
  return { id: toNumber(r.id), dueOn: r.dueOn };
}

export async function countOpenLoans(tx: Tx, patronId: number): Promise<number> {
  const [r] = await queryRows<{ n: number | bigint }[]>(
    tx,
    Prisma.sql`
    SELECT COUNT(*) AS "n" FROM "Loan" WHERE "patronId" = ${patronId} AND "returnedAt" IS NULL`,
  );
  return r ? toNumber(r.n) : 0;
}

export async function findOpenLoanOfCopy(tx: Tx, copyId: number) {
  const [r] = await queryRows<{ id: number | bigint; patronId: number | bigint; dueOn: string }[]>(
    tx,
    Prisma.sql`
    SELECT "id", "patronId", "dueOn" FROM "Loan"
    WHERE "copyId" = ${copyId} AND "returnedAt" IS NULL ORDER BY "id" LIMIT 1`,
  );
  return r ? { id: toNumber(r.id), patronId: toNumber(r.patronId), dueOn: r.dueOn } : null;
}

/** Closes a loan that is still open; false when it was already closed. */
export async function closeLoan(tx: Tx, id: number, at: Date): Promise<boolean> {
  await lockPatronOfLoan(tx, id); // before the copy's title: patrons are locked first
  const n = await executeSql(
    tx,
    Prisma.sql`UPDATE "Loan" SET "returnedAt" = ${at} WHERE "id" = ${id} AND "returnedAt" IS NULL`,
  );
  return n === 1;
}

type RenewalRow = Record<"id" | "patronId" | "renewals" | "titleId", number | bigint> & {
  dueOn: string;
  returnedAt: Date | string | null;
  role: string;
  status: string;
};

/** A loan with what a renewal checks: its patron's role and status and its copy's title. */
export async function findLoanForRenewal(tx: Tx, id: number) {
  const [r] = await queryRows<RenewalRow[]>(
    tx,
    Prisma.sql`
    SELECT l."id", l."patronId", l."dueOn", l."renewals", l."returnedAt", p."role", p."status",
      c."titleId"
    FROM "Loan" l JOIN "Patron" p ON p."id" = l."patronId" JOIN "Copy" c ON c."id" = l."copyId"
    WHERE l."id" = ${id}`,
  );
  if (!r) return null;
  return {
    id: toNumber(r.id),
    patronId: toNumber(r.patronId),
    dueOn: r.dueOn,
    renewals: toNumber(r.renewals),
    returnedAt: r.returnedAt === null ? null : toDate(r.returnedAt),
    patron: { role: r.role, status: r.status },
    copy: { titleId: toNumber(r.titleId) },
  };
}

/**
 * Stores a renewal only if nobody renewed or returned the loan in between. One raw statement
 * (every renewal runs it): a model query costs several times the statement.
 */
export async function extendLoanIf(
  tx: Tx,
  id: number,
  renewals: number,
  dueOn: string,
): Promise<boolean> {
  const n = await executeSql(
    tx,
    Prisma.sql`
    UPDATE "Loan" SET "dueOn" = ${dueOn}, "renewals" = ${renewals + 1}
    WHERE "id" = ${id} AND "renewals" = ${renewals} AND "returnedAt" IS NULL`,
  );
  return n === 1;
}

export function countOpenLoansDueOnOrBefore(
  tx: Tx,
  patronId: number,
  date: string,
): Promise<number> {
  return tx.loan.count({ where: { patronId, returnedAt: null, dueOn: { lte: date } } });
}

export function hasOpenLoanOfTitle(tx: Tx, patronId: number, titleId: number): Promise<boolean> {
  return anyRow(
    tx,
    Prisma.sql`SELECT 1 AS "hit" FROM "Loan" l JOIN "Copy" c ON c."id" = l."copyId"
      WHERE l."patronId" = ${patronId} AND l."returnedAt" IS NULL AND c."titleId" = ${titleId}
      LIMIT 1`,
  );
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
