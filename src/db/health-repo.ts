import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./client.ts";
import { queryRows } from "./direct-sql.ts";

/** Runs `SELECT 1`: resolves when the database answers, rejects with the driver's error. */
export async function pingDatabase(db: Db): Promise<void> {
  await queryRows<{ one: number }[]>(db, Prisma.sql`SELECT 1 AS "one"`);
}

/** The newest scheduled runs of every job (status only: summaries may name a class). */
export function findNewestRuns(db: Db, take: number) {
  return db.jobRun.findMany({
    select: { job: true, slot: true, status: true, finishedAt: true },
    orderBy: [{ slot: "desc" }, { id: "desc" }],
    take,
  });
}
