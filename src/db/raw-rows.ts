import type { Prisma } from "../generated/prisma/client.ts";
import type { Db, Tx } from "./client.ts";
import { queryRows } from "./direct-sql.ts";

// Helpers for the raw statements of reads that run on every dialog turn, where a model query
// costs several times the statement itself in Prisma's query compiler.

/** True when the query (a constant selected with LIMIT 1) returns a row. */
export async function anyRow(db: Db | Tx, query: Prisma.Sql): Promise<boolean> {
  return (await queryRows<unknown[]>(db, query)).length > 0;
}

/** An id or count as a number (drivers may return 64-bit integers as bigint). */
export const toNumber = (v: number | bigint): number => Number(v);

/** A timestamp column as a Date (drivers return a Date or its text). */
export const toDate = (v: Date | string): Date => (v instanceof Date ? v : new Date(v));
