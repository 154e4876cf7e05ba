import { Prisma } from "../generated/prisma/client.ts";
import type { Db, Tx } from "./client.ts";
import { executeSql } from "./direct-sql.ts";

/**
 * Row locks for the transactions that must serialise. SQLite needs none: a write transaction
 * takes the database's one write lock up front (src/db/sqlite-adapter.ts). PostgreSQL runs
 * them side by side at READ COMMITTED, so a check-then-write (a hold queue, a loan limit) locks
 * the row it depends on first. Conditional updates (`UPDATE … WHERE status = 'available'`)
 * need no lock on either: PostgreSQL re-checks the condition on the row it waited for.
 *
 * Lock order, to never deadlock: a patron before a title.
 */

/** Whether the client (or transaction) runs on PostgreSQL. */
export function onPostgres(db: Db | Tx): boolean {
  // The provider Prisma was generated for; a transaction client passes it through.
  return (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql";
}

/** ` FOR UPDATE` on PostgreSQL, nothing on SQLite: appended to a SELECT of rows to lock. */
export function forUpdate(db: Db | Tx): Prisma.Sql {
  return onPostgres(db) ? Prisma.sql` FOR UPDATE` : Prisma.empty;
}

/** Locks a title's row till the transaction ends (its hold queue and copies' fate). */
export async function lockTitle(tx: Tx, id: number): Promise<void> {
  if (!onPostgres(tx)) return;
  await executeSql(tx, Prisma.sql`SELECT 1 FROM "Title" WHERE "id" = ${id} FOR UPDATE`);
}

/** Locks a patron's row till the transaction ends (their loan and hold counts). */
export async function lockPatron(tx: Tx, where: { id: number } | { cardNumber: string }) {
  if (!onPostgres(tx)) return;
  const cond =
    "id" in where ? Prisma.sql`"id" = ${where.id}` : Prisma.sql`"cardNumber" = ${where.cardNumber}`;
  await executeSql(tx, Prisma.sql`SELECT 1 FROM "Patron" WHERE ${cond} FOR UPDATE`);
}

/** Locks the row of the patron who borrowed a loan (a return, before its copy moves on). */
export async function lockPatronOfLoan(tx: Tx, loanId: number): Promise<void> {
  if (!onPostgres(tx)) return;
  await executeSql(
    tx,
    Prisma.sql`SELECT 1 FROM "Patron" WHERE "id" = (SELECT "patronId" FROM "Loan" WHERE "id" = ${loanId}) FOR UPDATE`,
  );
}

/** Locks a class's row till the transaction ends (its visits of the day). */
export async function lockClass(tx: Tx, id: number): Promise<void> {
  if (!onPostgres(tx)) return;
  await executeSql(tx, Prisma.sql`SELECT 1 FROM "SchoolClass" WHERE "id" = ${id} FOR UPDATE`);
}
