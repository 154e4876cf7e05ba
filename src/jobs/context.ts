import type { Enqueue, OutboundMessage } from "../core/broadcasts/outbound.ts";
import { addDays, dateIn, instantOf } from "../core/dates.ts";
import type { IsoDate } from "../core/dates.ts";
import { today } from "../core/library.ts";
import type { Library } from "../core/library.ts";
import { termWeeksOf } from "../core/reports/week-number.ts";
import type { Locale } from "../locale.ts";

/** Job settings that are not schedule times. */
export interface JobSettings {
  /** Term-end recall goes out this many days before the term's last day. */
  recallDaysBeforeTermEnd: number;
  /** Activity deadline reminder goes out this many days before the deadline. */
  activityReminderDays: number;
  /** Where nightly backups go (DATA_DIR/backups); null: a backups folder beside the database. */
  backupDir: string | null;
  /** Nightly backups kept (BACKUP_KEEP). */
  keepBackups: number;
}

export const defaultJobSettings: JobSettings = {
  recallDaysBeforeTermEnd: 7,
  activityReminderDays: 2,
  backupDir: null,
  keepBackups: 14,
};

/** What a job run gets besides the library (whose clock reads the slot). */
export interface JobContext {
  /** The scheduled instant this run is for. */
  slot: Date;
  /** The slot of this job's last finished run before this one, if any. */
  previousSlot: Date | null;
  /** When that run actually started (later than its slot when it caught up), if any. */
  previousRunAt: Date | null;
  /** Language of group chats and of members who chose none. */
  defaultLocale: Locale;
  enqueue: Enqueue;
  settings: JobSettings;
}

/** What a run did, printed by `shuxiang jobs run` and kept in the JobRun ledger. */
export type JobSummary = Record<string, unknown>;

/** A scheduled job: a plain async function of the library and its context. */
export type Job = (lib: Library, ctx: JobContext) => Promise<JobSummary>;

/** Longest stretch a run looks back over when earlier runs were missed. */
const MAX_CATCH_UP_DAYS = 7;

/**
 * The day before the first day this run covers: the date of the previous finished run, or
 * yesterday for a first run, and never more than a week back. A run covers the dates in
 * (windowStart, today], so missed days are caught up and a second run on one day adds nothing.
 */
export function windowStart(lib: Library, ctx: JobContext): IsoDate {
  const day = today(lib);
  const previous = ctx.previousSlot ? dateIn(lib.timezone, ctx.previousSlot) : addDays(day, -1);
  const floor = addDays(day, -MAX_CATCH_UP_DAYS);
  return previous < floor ? floor : previous;
}

/**
 * The instant after which this run looks for events that carry a time (a hold set aside, a
 * hold expired): the previous finished run's slot (its own events carry exactly that time, so
 * they are not told twice), else the start of today; never more than a week back.
 */
export function windowSince(lib: Library, ctx: JobContext): Date {
  const floor = lib.now().getTime() - MAX_CATCH_UP_DAYS * 86_400_000;
  const since = ctx.previousSlot ?? instantOf(lib.timezone, today(lib));
  return new Date(Math.max(floor, since.getTime()));
}

/**
 * False in the school holidays: the calendar has terms and none covers the week of `date`.
 * Weekly pushes (rota, figures) stay quiet then; a calendar without terms never stops them.
 */
export function inTermWeek(lib: Library, date: IsoDate): boolean {
  return lib.calendar.terms.length === 0 || termWeeksOf(lib.calendar.terms, date) !== undefined;
}

/** Enqueues a run's messages in one transaction, due at the library's now (the slot). */
export function enqueueAll(
  lib: Library,
  ctx: JobContext,
  messages: OutboundMessage[],
): Promise<number> {
  if (messages.length === 0) return Promise.resolve(0);
  return lib.db.$transaction((tx) => ctx.enqueue(tx, messages, lib.now()));
}
