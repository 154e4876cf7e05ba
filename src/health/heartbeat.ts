import type { Db } from "../db/client.ts";
import { deleteHeartbeatsBefore, upsertHeartbeat } from "../db/heartbeat-repo.ts";
import type { Logger } from "../logger.ts";

/** How often a serving process writes its heartbeat. */
export const HEARTBEAT_MS = 30_000;
/** A bot whose newest heartbeat is older than this is reported stale (down). */
export const STALE_AFTER_MS = 120_000;
/** Rows of services silent this long are deleted. */
const FORGET_AFTER_MS = 7 * 24 * 3_600_000;

export interface HeartbeatOptions {
  db: Db;
  /** The service's name (host, data folder, port): a restart writes the same row. */
  service: string;
  platforms: string[];
  log: Logger;
  now?: () => Date;
}

export interface Heartbeat {
  /** Writes one beat now; never throws (a failure is logged). */
  beat(): Promise<void>;
  stop(): void;
}

/**
 * The serving process's sign of life for `shuxiang health` (polling mode has no HTTP server to
 * ask): a beat at once and every HEARTBEAT_MS, in the database every process shares.
 */
export function startHeartbeat(opts: HeartbeatOptions): Heartbeat {
  const now = opts.now ?? (() => new Date());
  const startedAt = now();
  const platforms = JSON.stringify(opts.platforms);
  const beat = async () => {
    const at = now();
    try {
      await upsertHeartbeat(opts.db, { service: opts.service, platforms, startedAt, beatAt: at });
      await deleteHeartbeatsBefore(opts.db, new Date(at.getTime() - FORGET_AFTER_MS));
    } catch (err) {
      opts.log.warn({ err }, "heartbeat not written");
    }
  };
  const timer = setInterval(() => void beat(), HEARTBEAT_MS);
  timer.unref();
  return { beat, stop: () => clearInterval(timer) };
}
