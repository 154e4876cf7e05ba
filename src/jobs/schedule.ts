import cron from "node-cron";
import type { Enqueue } from "../core/broadcasts/outbound.ts";
import type { Library } from "../core/library.ts";
import type { ScheduleConfig } from "../core/policy.ts";
import { findJobRun, findJobRunsFrom, insertJobRun } from "../db/job-run-repo.ts";
import type { Locale } from "../locale.ts";
import type { DeliveryLog } from "../outbox/sender-options.ts";
import type { JobSettings } from "./context.ts";
import { cronLogger, onMissedWake } from "./cron-log.ts";
import { jobNames, jobs } from "./registry.ts";
import type { JobDefinition, JobName } from "./registry.ts";
import { runJob } from "./run-job.ts";
import type { RunOutcome } from "./run-job.ts";
import { latestSlot, slotKey, slotsBetween } from "./slots.ts";

export interface ScheduleOptions {
  lib: Library;
  /** config.schedule. */
  schedule: ScheduleConfig;
  defaultLocale: Locale;
  settings?: Partial<JobSettings>;
  /** A slot still runs this long after its time (busy, paused or down); default 12 h. */
  graceMs?: number;
  enqueue?: Enqueue;
  /** Only these jobs (default: all). */
  jobs?: JobName[];
  log?: DeliveryLog;
  /** Called after each run, e.g. to wake the delivery loop. */
  onRun?: (name: JobName, outcome: RunOutcome) => void;
  /** A running run's lease and heartbeat (see runJob); defaults 60 s and 10 s. */
  leaseMs?: number;
  heartbeatMs?: number;
  /** When node-cron wakes the schedule to look at the ledger; default every minute. */
  wakeCron?: string;
}

export interface Schedule {
  /** Resolves when the slots found due at start have run or been recorded as skipped. */
  caughtUp: Promise<void>;
  stop(): Promise<void>;
}

/** What one look at the ledger did: the (job, slot) runs it made and the slots it skipped. */
export interface DueRuns {
  ran: { job: JobName; slot: string }[];
  skipped: { job: JobName; slot: string }[];
}

const DEFAULT_GRACE_MS = 12 * 3_600_000;

async function runAndLog(opts: ScheduleOptions, name: JobName, slot: Date): Promise<RunOutcome> {
  const outcome = await runJob(opts.lib, name, {
    slot,
    defaultLocale: opts.defaultLocale,
    rerun: false,
    ...(opts.enqueue ? { enqueue: opts.enqueue } : {}),
    ...(opts.settings ? { settings: opts.settings } : {}),
    ...(opts.leaseMs === undefined ? {} : { leaseMs: opts.leaseMs }),
    ...(opts.heartbeatMs === undefined ? {} : { heartbeatMs: opts.heartbeatMs }),
  });
  if (outcome.status === "failed")
    opts.log?.error({ job: name, slot: outcome.slot, error: outcome.error }, "job failed");
  else if (outcome.status === "done" && jobs[name].ledger)
    opts.log?.info({ job: name, slot: outcome.slot, summary: outcome.summary }, "job done");
  opts.onRun?.(name, outcome);
  return outcome;
}

/** A slot is due when it has no row, or a "running" row whose lease has passed (a crash). */
function isDue(row: { status: string; leaseUntil: Date | null } | undefined, now: Date): boolean {
  if (!row) return true;
  return row.status === "running" && (row.leaseUntil === null || row.leaseUntil < now);
}

/** Runs a ledger job's due slots within the window, oldest first; records what it did. */
async function runLedgerJob(opts: ScheduleOptions, name: JobName, now: Date, out: DueRuns) {
  const { lib } = opts;
  const def: JobDefinition = jobs[name];
  const timing = def.timing(opts.schedule);
  const from = new Date(now.getTime() - (opts.graceMs ?? DEFAULT_GRACE_MS));
  const slots = slotsBetween(timing, lib.timezone, from, now);
  if (slots.length === 0) {
    // The latest slot is past the window: recorded once as skipped (a reminder two days
    // late helps nobody), so `jobs list` shows it and no process looks at it again.
    const slot = slotKey(lib.timezone, latestSlot(timing, lib.timezone, now));
    const key = { job: name, slot };
    if (await findJobRun(lib.db, key)) return;
    if (await insertJobRun(lib.db, { ...key, status: "skipped", startedAt: now })) {
      opts.log?.warn({ job: name, slot }, "missed run skipped (past the grace window)");
      out.skipped.push(key);
    }
    return;
  }
  const rows = await findJobRunsFrom(lib.db, name, slotKey(lib.timezone, slots[0] ?? now));
  for (const at of slots) {
    const slot = slotKey(lib.timezone, at);
    if (!isDue(rows.get(slot), now)) continue;
    const outcome = await runAndLog(opts, name, at);
    if (outcome.status !== "taken") out.ran.push({ job: name, slot });
  }
}

/**
 * One look at the ledger, decided from the library's clock (never from when node-cron fired):
 * every ledger job's slots within `graceMs` before now that have no JobRun row, or a
 * "running" row whose lease has passed (its process crashed), run now, oldest first; runJob's
 * claim keeps any other process from running them too. A job whose latest slot is older than
 * the window records it as "skipped". The every-minute job (no ledger) runs its latest slot
 * once per `seen` entry. Safe to call at any time, as often as wanted.
 */
export async function runDue(
  opts: ScheduleOptions,
  seen: Map<JobName, string> = new Map(),
): Promise<DueRuns> {
  const out: DueRuns = { ran: [], skipped: [] };
  for (const name of opts.jobs ?? jobNames) {
    const now = opts.lib.now();
    const def: JobDefinition = jobs[name];
    if (def.ledger) {
      await runLedgerJob(opts, name, now, out);
      continue;
    }
    const at = latestSlot(def.timing(opts.schedule), opts.lib.timezone, now);
    const slot = slotKey(opts.lib.timezone, at);
    if (seen.get(name) === slot) continue;
    seen.set(name, slot);
    if ((await runAndLog(opts, name, at)).status !== "taken") out.ran.push({ job: name, slot });
  }
  return out;
}

/** Calls of `run` that arrive while one is under way make one more pass after it, not more. */
function coalesced(run: () => Promise<void>) {
  let current: Promise<void> | null = null;
  let again = false;
  const loop = async () => {
    do {
      again = false;
      await run();
    } while (again);
    current = null;
  };
  return {
    wake: (): Promise<void> => {
      if (current) again = true;
      else current = loop();
      return current;
    },
    idle: () => current ?? Promise.resolve(),
  };
}

/**
 * Starts the schedule: node-cron only wakes the process (every minute, and at once when it
 * reports a wake it missed because the process was busy or paused); each wake runs `runDue`,
 * which decides from the JobRun ledger what is due, so no slot within the grace window is
 * skipped whether the process was busy, paused or down. The first look runs at start. The
 * jobs are plain functions; every run goes through runJob and its ledger. node-cron's
 * warnings go to `log` as JSON.
 */
export function startSchedule(opts: ScheduleOptions): Schedule {
  const seen = new Map<JobName, string>();
  let stopped = false;
  const pass = coalesced(async () => {
    if (stopped) return;
    try {
      await runDue(opts, seen);
    } catch (e) {
      opts.log?.error({ err: e }, "running due jobs failed; trying again at the next wake");
    }
  });
  const name = "shuxiang:schedule";
  const task = cron.schedule(opts.wakeCron ?? "* * * * *", () => void pass.wake(), {
    timezone: opts.lib.timezone,
    name,
    logger: cronLogger(opts.log, name),
  });
  onMissedWake(task, opts.log, () => void pass.wake());
  const caughtUp = pass.wake();
  return {
    caughtUp,
    stop: async () => {
      stopped = true;
      await task.stop();
      await task.destroy();
      await pass.idle();
    },
  };
}
