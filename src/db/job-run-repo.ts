import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./client.ts";
import { executeSql } from "./direct-sql.ts";

/** Who holds a "running" row and until when (renewed by the run's heartbeat). */
export interface JobRunLease {
  owner: string;
  leaseUntil: Date;
}

/**
 * Inserts the (job, slot) row unless one exists — `INSERT … ON CONFLICT DO NOTHING`, which
 * SQLite and PostgreSQL both run, so of two processes exactly one inserts. True when inserted.
 */
export async function insertJobRun(
  db: Db,
  row: { job: string; slot: string; status: string; startedAt: Date } & Partial<JobRunLease>,
): Promise<boolean> {
  const n = await executeSql(
    db,
    Prisma.sql`
    INSERT INTO "JobRun" ("job", "slot", "status", "startedAt", "summary", "owner", "leaseUntil")
    VALUES (${row.job}, ${row.slot}, ${row.status}, ${row.startedAt}, '{}', ${row.owner ?? null}, ${row.leaseUntil ?? null})
    ON CONFLICT ("job", "slot") DO NOTHING`,
  );
  return n === 1;
}

/**
 * Takes over a "running" row whose lease has passed (its run was cut off by a crash; a row
 * from before leases has none) and, when `finished` is true, a failed or skipped one too.
 * A conditional update: of two processes, exactly one takes it. True when taken.
 */
export async function retakeJobRun(
  db: Db,
  key: { job: string; slot: string },
  at: { startedAt: Date; finished: boolean } & JobRunLease,
): Promise<boolean> {
  const expired = {
    status: "running",
    OR: [{ leaseUntil: null }, { leaseUntil: { lt: at.startedAt } }],
  };
  const r = await db.jobRun.updateMany({
    where: {
      ...key,
      OR: at.finished ? [{ status: { in: ["failed", "skipped"] } }, expired] : [expired],
    },
    data: {
      status: "running",
      startedAt: at.startedAt,
      finishedAt: null,
      error: null,
      owner: at.owner,
      leaseUntil: at.leaseUntil,
    },
  });
  return r.count === 1;
}

/** Extends the lease of a run `owner` still holds; false when it was taken over meanwhile. */
export async function renewJobRunLease(
  db: Db,
  key: { job: string; slot: string },
  lease: JobRunLease,
): Promise<boolean> {
  const r = await db.jobRun.updateMany({
    where: { ...key, status: "running", owner: lease.owner },
    data: { leaseUntil: lease.leaseUntil },
  });
  return r.count === 1;
}

/** Records how a run `owner` holds ended; false when it was taken over meanwhile. */
export async function finishJobRun(
  db: Db,
  key: { job: string; slot: string },
  owner: string,
  data: { status: string; finishedAt: Date; summary: string; error: string | null },
): Promise<boolean> {
  const r = await db.jobRun.updateMany({
    where: { ...key, status: "running", owner },
    data: { ...data, leaseUntil: null },
  });
  return r.count === 1;
}

export function findJobRun(db: Db, key: { job: string; slot: string }) {
  return db.jobRun.findUnique({
    where: { job_slot: key },
    select: { status: true, startedAt: true, finishedAt: true, leaseUntil: true },
  });
}

/** The job's rows for slots from `from` on (slot keys sort as times), by slot. */
export async function findJobRunsFrom(db: Db, job: string, from: string) {
  const rows = await db.jobRun.findMany({
    where: { job, slot: { gte: from } },
    select: { slot: true, status: true, leaseUntil: true },
  });
  return new Map(rows.map((r) => [r.slot, r]));
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
