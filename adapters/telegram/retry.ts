import { setTimeout as sleep } from "node:timers/promises";
import { classifyFailure } from "./errors.ts";

export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts?: number;
  /** First back-off after a network or server error; doubles each time. */
  backoffMs?: number;
  /** Longest wait for a 429 that is still worth it inline. */
  maxRetryAfterSeconds?: number;
  wait?: (ms: number) => Promise<unknown>;
}

/**
 * Runs a Bot API call, again after a 429 once `retry_after` has passed, and again after a
 * network or server error with a doubling back-off; any other error, or the last one, is
 * thrown. Used for direct replies, which a user is waiting for.
 */
export async function withRetry<T>(call: () => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const { attempts = 4, backoffMs = 500, maxRetryAfterSeconds = 60, wait = sleep } = opts;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      const failure = classifyFailure(e);
      if (attempt >= attempts || failure.kind === "refused") throw e;
      if (failure.kind === "rate_limited" && failure.seconds > maxRetryAfterSeconds) throw e;
      await wait(
        failure.kind === "rate_limited" ? failure.seconds * 1000 : backoffMs * 2 ** (attempt - 1),
      );
    }
  }
}
