import type { Enqueue } from "../core/broadcasts/outbound.ts";
import type { Library } from "../core/library.ts";
import {
  findJobRun,
  findLastDoneRun,
  finishJobRun,
  insertJobRun,
  retakeJobRun,
} from "../db/job-run-repo.ts";
import type { Locale } from "../dialogs/texts/index.ts";
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
  /** A run still "running" after this long is taken as crashed and may be taken over. */
  staleAfterMs?: number;
}

export type RunOutcome =
  | { status: "done"; slot: string; summary: JobSummary }
  | { status: "failed"; slot: string; error: string }
  /** Another run (a process, the schedule, an earlier command) has this slot: nothing done. */
  | { status: "taken"; slot: string; by: string };

/** Takes the (job, slot) row: inserts it, or takes over a failed, skipped or stale run. */
async function claim(lib: Library, key: { job: string; slot: string }, staleAfterMs: number) {
  const now = lib.now();
  if (await insertJobRun(lib.db, { ...key, status: "running", startedAt: now })) return true;
  return retakeJobRun(lib.db, key, now, new Date(now.getTime() - staleAfterMs));
}

/**
 * Runs a job for one slot, at most once: the slot is claimed in the JobRun ledger first
 * (unique (job, slot)), so a restart, a second process or a manual `shuxiang jobs run` for the
 * same slot gets "taken" instead of a second run; a failed run may be run again. The job sees
 * the library's clock at the slot, and the slot of its last finished run (to catch up missed
 * days). Jobs without a ledger (the every-minute report) rely on their dedupe keys alone.
 */
export async function runJob(lib: Library, name: JobName, opts: RunOptions): Promise<RunOutcome> {
  const def = jobs[name];
  const slot = slotKey(lib.timezone, opts.slot);
  const key = { job: name, slot };
  if (def.ledger && !(await claim(lib, key, opts.staleAfterMs ?? 3_600_000))) {
    const row = await findJobRun(lib.db, key);
    return { status: "taken", slot, by: row?.status ?? "running" };
  }
  const previous = def.ledger ? await findLastDoneRun(lib.db, name, slot) : null;
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
    const summary = await def.run({ ...lib, now: () => new Date(at) }, ctx);
    if (def.ledger) await finish(lib, key, "done", JSON.stringify(summary), null);
    return { status: "done", slot, summary };
  } catch (e) {
    const error = (e as Error)?.message ?? String(e);
    if (def.ledger) await finish(lib, key, "failed", "{}", error);
    return { status: "failed", slot, error };
  }
}

function finish(
  lib: Library,
  key: { job: string; slot: string },
  status: string,
  summary: string,
  error: string | null,
) {
  return finishJobRun(lib.db, key, { status, finishedAt: lib.now(), summary, error });
}
