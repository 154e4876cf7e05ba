import type { Db } from "../db/client.ts";
import type { RetryPolicy } from "./attempt.ts";
import type { Pacer } from "./pacing.ts";
import type { SendPort } from "./ports.ts";
import type { SharedPace } from "./shared-pace.ts";

/** A pino-compatible logger (only what the sender uses). */
export interface DeliveryLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface SenderOptions {
  db: Db;
  platform: string;
  port: SendPort;
  pacer: Pacer;
  /** The platform's overall rate shared with every other process (Telegram); none: local only. */
  shared?: SharedPace;
  timezone: string;
  /** The school's quiet hours "HH:mm-HH:mm" (QUIET_HOURS). */
  quietHours: string;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  retry?: Partial<RetryPolicy>;
  /** A claim not renewed for this long is taken back (its sender died); default 10 s. */
  leaseMs?: number;
  /** How often a sender renews the claims it holds while it sends; default a quarter of the lease. */
  heartbeatMs?: number;
  /** Most rows claimed at once (also capped by the pacer's hint); default 50. */
  batchSize?: number;
  /** Longest platform wait slept through while holding claimed rows; default 10 s. */
  maxInlineWaitMs?: number;
  log?: DeliveryLog;
}

export interface DrainSummary {
  sent: number;
  retried: number;
  dead: number;
  deferred: number;
  recovered: number;
}

export const emptySummary = (): DrainSummary => ({
  sent: 0,
  retried: 0,
  dead: 0,
  deferred: 0,
  recovered: 0,
});
