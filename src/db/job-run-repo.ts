import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./client.ts";
import { executeSql } from "./direct-sql.ts";

/**
 * Inserts the (job, slot) row unless one exists — `INSERT … ON CONFLICT DO NOTHING`, which
 * SQLite and PostgreSQL both run, so of two processes exactly one inserts. True when inserted.
 */
export async function insertJobRun(
  db: Db,
  row: { job: string; slot: string; status: string; startedAt: Date },
): Promise<boolean> {
  const n = await executeSql(
    db,
    Prisma.sql`
    INSERT INTO "JobRun" ("job", "slot", "status", "startedAt", "summary")
    VALUES (${row.job}, ${row.slot}, ${row.status}, ${row.startedAt}, '{}')
    ON CONFLICT ("job", "slot") DO NOTHING`,
  );
  return n === 1;
}

/** Takes over a run that failed, was skipped, or is still "running" since before `staleBefore`. */
export async function retakeJobRun(
  db: Db,
  key: { job: string; slot: string },
  startedAt: Date,
  staleBefore: Date,
): Promise<boolean> {
  const r = await db.jobRun.updateMany({
    where: {
      ...key,
      OR: [
        { status: { in: ["failed", "skipped"] } },
        { status: "running", startedAt: { lt: staleBefore } },
      ],
    },
    data: { status: "running", startedAt, finishedAt: null, error: null },
  });
  return r.count === 1;
}

export async function finishJobRun(
  db: Db,
  key: { job: string; slot: string },
  data: { status: string; finishedAt: Date; summary: string; error: string | null },
): Promise<void> {
  await db.jobRun.updateMany({ where: key, data });
}

export function findJobRun(db: Db, key: { job: string; slot: string }) {
  return db.jobRun.findUnique({
    where: { job_slot: key },
    select: { status: true, startedAt: true, finishedAt: true },
  });
}

/** The latest run before slot `before` that finished: its slot and when it actually started. */
export function findLastDoneRun(db: Db, job: string, before: string) {
  return db.jobRun.findFirst({
    where: { job, status: "done", slot: { lt: before } },
    select: { slot: true, startedAt: true },
    orderBy: { slot: "desc" },
  });
}

/** The job's newest runs. */
export function findLatestRuns(db: Db, job: string, take: number) {
  return db.jobRun.findMany({
    where: { job },
    select: { slot: true, status: true, summary: true, error: true, finishedAt: true },
    orderBy: { slot: "desc" },
    take,
  });
}
