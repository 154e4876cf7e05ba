import { setTimeout as sleep } from "node:timers/promises";
import type { Telegraf } from "telegraf";
import type { Logger } from "../../src/logger.ts";
import { describeFailure } from "./errors.ts";
import { ALLOWED_UPDATES } from "./inbound.ts";

/** A running way of receiving updates. */
export interface Transport {
  /** The webhook server's port; absent for long polling. */
  port?: number;
  /** Settles when no more updates come in (stopped, or polling gave up). */
  done: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Long polling through telegraf (`launch` drops any webhook first, then polls; it waits out
 * 429 and server errors itself). Stopping aborts the waiting getUpdates and confirms the
 * offset of what was taken in.
 */
export function startPolling(telegraf: Telegraf, log: Logger): Transport {
  let settled = false;
  const done = telegraf
    .launch({ allowedUpdates: [...ALLOWED_UPDATES] })
    .catch((e: unknown) => log.error({ reason: describeFailure(e) }, "telegram polling failed"))
    .finally(() => {
      settled = true;
    });
  return {
    done,
    async stop() {
      // telegraf refuses to stop before its loop began (deleteWebhook still in flight).
      while (!settled) {
        try {
          telegraf.stop("shutdown");
          break;
        } catch {
          await sleep(10);
        }
      }
      await done;
    },
  };
}
