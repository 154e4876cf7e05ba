import cron from "node-cron";
import type { ScheduledTask } from "node-cron";
import type { Enqueue } from "../core/broadcasts/outbound.ts";
import type { Library } from "../core/library.ts";
import type { ScheduleConfig } from "../core/policy.ts";
import { findJobRun, insertJobRun } from "../db/job-run-repo.ts";
import type { Locale } from "../dialogs/texts/index.ts";
import type { DeliveryLog } from "../outbox/sender-options.ts";
import type { JobSettings } from "./context.ts";
import { jobNames, jobs } from "./registry.ts";
import type { JobName, ScheduleTimes } from "./registry.ts";
import { runJob } from "./run-job.ts";
import type { RunOutcome } from "./run-job.ts";
import { cronExpression, latestSlot, slotKey } from "./slots.ts";

export interface ScheduleOptions {
  lib: Library;
  /** config.schedule. */
  schedule: ScheduleConfig;
  defaultLocale: Locale;
  settings?: Partial<JobSettings>;
  /** A run missed while the process was down still runs at start within this; default 12 h. */
  graceMs?: number;
  enqueue?: Enqueue;
  /** Only these jobs (default: all). */
  jobs?: JobName[];
  log?: DeliveryLog;
  /** Called after each run, e.g. to wake the delivery loop. */
  onRun?: (name: JobName, outcome: RunOutcome) => void;
}

export interface Schedule {
  /** Resolves when the missed runs found at start have run or been recorded as skipped. */
  caughtUp: Promise<void>;
  stop(): Promise<void>;
}

const DEFAULT_GRACE_MS = 12 * 3_600_000;

async function runAndLog(opts: ScheduleOptions, name: JobName, slot: Date): Promise<RunOutcome> {
  const outcome = await runJob(opts.lib, name, {
    slot,
    defaultLocale: opts.defaultLocale,
    ...(opts.enqueue ? { enqueue: opts.enqueue } : {}),
    ...(opts.settings ? { settings: opts.settings } : {}),
  });
  if (outcome.status === "failed")
    opts.log?.error({ job: name, slot: outcome.slot, error: outcome.error }, "job failed");
  else if (outcome.status === "done" && jobs[name].ledger)
    opts.log?.info({ job: name, slot: outcome.slot, summary: outcome.summary }, "job done");
  opts.onRun?.(name, outcome);
  return outcome;
}

/**
 * At start: for each ledger job, its latest slot at or before now that has no JobRun row runs
 * now when it is at most `graceMs` old, else is recorded as "skipped" (a reminder 2 days late
 * helps nobody). The ledger keeps a second process from running it too. Returns what it did.
 */
export async function catchUpMissed(
  opts: ScheduleOptions,
  times: ScheduleTimes,
): Promise<{ ran: JobName[]; skipped: JobName[] }> {
  const { lib } = opts;
  const grace = opts.graceMs ?? DEFAULT_GRACE_MS;
  const ran: JobName[] = [];
  const skipped: JobName[] = [];
  for (const name of opts.jobs ?? jobNames) {
    const def = jobs[name];
    if (!def.ledger) continue;
    const now = lib.now();
    const slot = latestSlot(def.timing(times), lib.timezone, now);
    const key = { job: name, slot: slotKey(lib.timezone, slot) };
    if (await findJobRun(lib.db, key)) continue;
    if (now.getTime() - slot.getTime() <= grace) {
      await runAndLog(opts, name, slot);
      ran.push(name);
    } else if (await insertJobRun(lib.db, { ...key, status: "skipped", startedAt: now })) {
      opts.log?.warn({ job: name, slot: key.slot }, "missed run skipped (past the grace window)");
      skipped.push(name);
    }
  }
  return { ran, skipped };
}

/**
 * Starts the schedule: node-cron fires each job at its time in the school's time zone (the
 * jobs themselves are plain functions; every run goes through runJob and its ledger), and runs
 * missed at start are caught up (catchUpMissed). The times come from config.schedule.
 */
export function startSchedule(opts: ScheduleOptions): Schedule {
  const times = opts.schedule;
  const tasks: ScheduledTask[] = (opts.jobs ?? jobNames).map((name) => {
    const timing = jobs[name].timing(times);
    const fire = async () => {
      await runAndLog(opts, name, latestSlot(timing, opts.lib.timezone, opts.lib.now()));
    };
    return cron.schedule(cronExpression(timing), fire, {
      timezone: opts.lib.timezone,
      name: `shuxiang:${name}`,
      noOverlap: true,
    });
  });
  const caughtUp = catchUpMissed(opts, times).then(
    () => undefined,
    (e: unknown) => opts.log?.error({ err: e }, "catching up missed runs failed"),
  );
  return {
    caughtUp,
    stop: async () => {
      await Promise.all(tasks.map((t) => t.stop()));
      await Promise.all(tasks.map((t) => t.destroy()));
      await caughtUp;
    },
  };
}
