import type { RowOutcome } from "../db/outbox-send-repo.ts";
import type { SendOutcome } from "./ports.ts";

/** Retry settings of a sender. */
export interface RetryPolicy {
  /** Tries before a row is dead (429s are not counted: the platform asked us to wait). */
  maxAttempts: number;
  /** First wait after a transient failure; doubles with each attempt, ±50 % jitter. */
  backoffMs: number;
  maxBackoffMs: number;
  random: () => number;
}

export const defaultRetry: Omit<RetryPolicy, "random"> = {
  maxAttempts: 8,
  backoffMs: 10_000,
  maxBackoffMs: 3_600_000,
};

/** The wait before try `attempt + 1` after `attempt` transient failures. */
export function backoffMs(policy: RetryPolicy, attempt: number): number {
  const base = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.5 + policy.random()));
}

/**
 * Whether a permanent failure is about the chat (it blocked the bot, left, does not exist) and
 * not about this one message (a malformed message fails alone). The send ports only say
 * "permanent", so this reads the platform's reason: Telegram 403s, "chat not found",
 * "blocked", "kicked", "deactivated", "not a member".
 */
export function isChatGone(reason: string): boolean {
  return /^403\b|chat not found|blocked|kicked|deactivated|not a member|user not found/i.test(
    reason,
  );
}

/** What an attempt means for its row, the platform and the chat. */
export interface Settled {
  row: RowOutcome;
  /** Hold the whole platform this long (a 429). */
  pauseMs?: number;
  /** The chat refused us for good: why. */
  unreachable?: string;
  /** A failure worth another try (network, server). */
  transient: boolean;
}

/**
 * The row's next state after one attempt: sent; back to pending after `retry_after` (not
 * counted as an attempt, and the platform pauses); dead at once on a permanent failure (the
 * chat becomes unreachable when the failure is about the chat, see isChatGone); on a transient failure pending again after an exponential
 * back-off, or dead with the reason once `maxAttempts` tries are used.
 */
export function settle(
  policy: RetryPolicy,
  attempts: number,
  outcome: SendOutcome,
  now: number,
): Settled {
  if (outcome.status === "sent") {
    return {
      row: { status: "sent", sentAt: new Date(now), attempts: attempts + 1 },
      transient: false,
    };
  }
  if (outcome.status === "retry_after") {
    const pauseMs = Math.max(0, outcome.seconds) * 1000;
    const lastError = `429: retry after ${outcome.seconds}s`;
    const row: RowOutcome = {
      status: "pending",
      nextAttemptAt: new Date(now + pauseMs),
      attempts,
      lastError,
    };
    return { row, pauseMs, transient: false };
  }
  const tried = attempts + 1;
  if (outcome.permanent) {
    const row: RowOutcome = { status: "dead", attempts: tried, lastError: outcome.reason };
    if (!isChatGone(outcome.reason)) return { row, transient: false };
    return { row, unreachable: outcome.reason, transient: false };
  }
  if (tried >= policy.maxAttempts) {
    return { row: { status: "dead", attempts: tried, lastError: outcome.reason }, transient: true };
  }
  const nextAttemptAt = new Date(now + backoffMs(policy, tried));
  return {
    row: { status: "pending", nextAttemptAt, attempts: tried, lastError: outcome.reason },
    transient: true,
  };
}
