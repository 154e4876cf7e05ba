import type { Config } from "../config.ts";
import type { Db } from "../db/client.ts";
import { findNewestRuns, pingDatabase } from "../db/health-repo.ts";
import { findNewestHeartbeat } from "../db/heartbeat-repo.ts";
import { STALE_AFTER_MS } from "./heartbeat.ts";

/** What GET /healthz and `shuxiang health` report: the same JSON, no personal data. */
export interface HealthReport {
  /**
   * "ok" when the database answers and, if platforms are configured, a bot process beat
   * within STALE_AFTER_MS; "down" otherwise (503, exit 1).
   */
  status: "ok" | "down";
  database: "ok" | "unreachable";
  /** The platforms the configuration serves. */
  platforms: string[];
  /** The serving process as its heartbeat shows it; null when the database cannot be read. */
  bot: BotHealth | null;
  /** The schedule as its ledger shows it; null when the database cannot be read. */
  schedule: ScheduleHealth | null;
  checkedAt: string;
}

export interface ScheduleHealth {
  /** The newest run that finished well, if any. */
  lastDone: { job: string; slot: string; finishedAt: string | null } | null;
  /** Jobs whose newest run failed, and those still running (a crash leaves one "running"). */
  failing: string[];
  running: string[];
}

export interface BotHealth {
  /** "alive": a beat within STALE_AFTER_MS; "stale": older; "none": no process ever beat. */
  status: "alive" | "stale" | "none";
  lastBeatAt: string | null;
}

/** How many ledger rows are read: enough to see every job's newest run. */
const NEWEST_RUNS = 200;

/** The platforms a configuration serves (none: the terminal chat). */
export function servedPlatforms(config: Config): string[] {
  return [
    ...(config.TELEGRAM_BOT_TOKEN ? ["telegram"] : []),
    ...(config.WECHATY_PUPPET ? ["wechat"] : []),
  ];
}

async function scheduleHealth(db: Db): Promise<ScheduleHealth> {
  const rows = await findNewestRuns(db, NEWEST_RUNS);
  const newest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!newest.has(r.job)) newest.set(r.job, r);
  const done = rows.find((r) => r.status === "done");
  const jobsWith = (status: string) =>
    [...newest.values()].filter((r) => r.status === status).map((r) => r.job);
  return {
    lastDone: done
      ? { job: done.job, slot: done.slot, finishedAt: done.finishedAt?.toISOString() ?? null }
      : null,
    failing: jobsWith("failed"),
    running: jobsWith("running"),
  };
}

async function botHealth(db: Db, now: Date): Promise<BotHealth> {
  const newest = await findNewestHeartbeat(db);
  if (!newest) return { status: "none", lastBeatAt: null };
  const fresh = now.getTime() - newest.beatAt.getTime() <= STALE_AFTER_MS;
  return { status: fresh ? "alive" : "stale", lastBeatAt: newest.beatAt.toISOString() };
}

/**
 * Checks the bot's health: the database answers `SELECT 1`; when platforms are configured, a
 * serving process wrote its heartbeat lately (a bot that stopped or hangs is down, whatever
 * the database says); and what the schedule's ledger says (the last good run, jobs whose
 * newest run failed or is still running), which is worth a look, not a restart.
 */
export async function checkHealth(
  db: Db,
  platforms: string[],
  now: Date = new Date(),
): Promise<HealthReport> {
  const base = { platforms, checkedAt: now.toISOString() };
  try {
    await pingDatabase(db);
  } catch {
    return { status: "down", database: "unreachable", ...base, bot: null, schedule: null };
  }
  const bot = await botHealth(db, now).catch((): BotHealth | null => null);
  const schedule = await scheduleHealth(db).catch(() => null);
  const up = platforms.length === 0 || bot?.status === "alive";
  return { status: up ? "ok" : "down", database: "ok", ...base, bot, schedule };
}
