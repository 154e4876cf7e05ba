import { randomUUID } from "node:crypto";
import type { Enqueue } from "../core/broadcasts/outbound.ts";
import type { Library } from "../core/library.ts";
import {
  findJobRun,
  findLastDoneRun,
  finishJobRun,
  insertJobRun,
  renewJobRunLease,
  retakeJobRun,
} from "../db/job-run-repo.ts";
import type { Locale } from "../locale.ts";
import { enqueue as outboxEnqueue } from "../outbox/queue.ts";
import { defaultJobSettings } from "./context.ts";
import type { JobContext, JobSettings, JobSummary } from "./context.ts";
import { jobs } from "./registry.ts";
import type { JobName } from "./registry.ts";
import { slotInstant, slotKey } from "./slots.ts";

export interface RunOptions {
  /** The scheduled instant (a manual run: --at, or now); kept to the minute. */
  slot: Date;
  defaultLocale: Locale;
  enqueue?: Enqueue;
  settings?: Partial<JobSettings>;
  /** A failed or skipped slot is run again (a manual run); the schedule passes false. Default true. */
  rerun?: boolean;
  /** A "running" row not renewed for this long was cut off and is run again; default 60 s. */
  leaseMs?: number;
  /** How often a run renews its lease while it runs; default a sixth of the lease. */
  heartbeatMs?: number;
}

const DEFAULT_LEASE_MS = 60_000;

export type RunOutcome =
  | { status: "done"; slot: string; summary: JobSummary }
  | { status: "failed"; slot: string; error: string }
  /** Another run (a process, the schedule, an earlier command) has this slot: nothing done. */
  | { status: "taken"; slot: string; by: string };

type Key = { job: string; slot: string };

/**
 * Takes the (job, slot) row under a fresh owner token and lease: inserts it, or takes over a
 * run whose lease has passed (and, when `rerun`, a failed or skipped one). Null when taken.
 */
async function claim(lib: Library, key: Key, opts: RunOptions): Promise<string | null> {
  const owner = randomUUID();
  const startedAt = lib.now();
  const leaseUntil = new Date(startedAt.getTime() + (opts.leaseMs ?? DEFAULT_LEASE_MS));
  const lease = { owner, leaseUntil };
  if (await insertJobRun(lib.db, { ...key, status: "running", startedAt, ...lease })) return owner;
  const finished = opts.rerun ?? true;
  return (await retakeJobRun(lib.db, key, { startedAt, finished, ...lease })) ? owner : null;
}

/** Renews the run's lease every `heartbeatMs` until stopped, so no process takes it over. */
function heartbeat(lib: Library, key: Key, owner: string, opts: RunOptions): () => void {
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  const timer = setInterval(
    () => {
      const leaseUntil = new Date(lib.now().getTime() + leaseMs);
      // A failed renewal is retried at the next beat; a lost lease only means another run of
      // the same slot, which the outbox dedupe keys make harmless.
      renewJobRunLease(lib.db, key, { owner, leaseUntil }).catch(() => undefined);
    },
    opts.heartbeatMs ?? leaseMs / 6,
  );
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Runs a job for one slot, at most once: the slot is claimed in the JobRun ledger first
 * (unique (job, slot)), so a restart, a second process or a manual `shuxiang jobs run` for the
 * same slot gets "taken" instead of a second run; a failed run may be run again (`rerun`).
 * The claim is a lease the run renews while it runs; a run cut off by a crash stops renewing,
 * and once its lease has passed the slot is taken over and run again (the jobs' outbox dedupe
 * keys keep that from doubling a notice). The job sees the library's clock at the slot, and
 * the slot of its last finished run (to catch up missed days). Jobs without a ledger (the
 * every-minute report) rely on their dedupe keys alone.
 */
export async function runJob(lib: Library, name: JobName, opts: RunOptions): Promise<RunOutcome> {
  const def = jobs[name];
  const slot = slotKey(lib.timezone, opts.slot);
  const key = { job: name, slot };
  if (!def.ledger) return execute(lib, name, key, opts, null);
  const owner = await claim(lib, key, opts);
  if (owner === null) {
    const row = await findJobRun(lib.db, key);
    return { status: "taken", slot, by: row?.status ?? "running" };
  }
  const stop = heartbeat(lib, key, owner, opts);
  try {
    return await execute(lib, name, key, opts, owner);
  } finally {
    stop();
  }
}

/** Runs the job as of its slot and records the outcome when it holds a ledger row. */
async function execute(
  lib: Library,
  name: JobName,
  key: Key,
  opts: RunOptions,
  owner: string | null,
): Promise<RunOutcome> {
  const { slot } = key;
  const previous = owner ? await findLastDoneRun(lib.db, name, slot) : null;
  const at = slotInstant(lib.timezone, slot);
  const ctx: JobContext = {
    slot: at,
    previousSlot: previous ? slotInstant(lib.timezone, previous.slot) : null,
    previousRunAt: previous?.startedAt ?? null,
    defaultLocale: opts.defaultLocale,
    enqueue: opts.enqueue ?? outboxEnqueue,
    settings: { ...defaultJobSettings, ...opts.settings },
  };
  try {
    const summary = await jobs[name].run({ ...lib, now: () => new Date(at) }, ctx);
    if (owner) await finish(lib, key, owner, "done", JSON.stringify(summary), null);
    return { status: "done", slot, summary };
  } catch (e) {
    const error = (e as Error)?.message ?? String(e);
    if (owner) await finish(lib, key, owner, "failed", "{}", error);
    return { status: "failed", slot, error };
  }
}

function finish(
  lib: Library,
  key: Key,
  owner: string,
  status: string,
  summary: string,
  error: string | null,
) {
  return finishJobRun(lib.db, key, owner, { status, finishedAt: lib.now(), summary, error });
}
