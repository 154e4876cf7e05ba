import type { Library } from "../core/library.ts";
import { findNextDueAt } from "../db/outbox-send-repo.ts";
import { createPacer, defaultPacing } from "./pacing.ts";
import type { PacingConfig } from "./pacing.ts";
import type { SendPort } from "./ports.ts";
import { OutboxSender } from "./sender.ts";
import { SharedPace, telegramGapMs } from "./shared-pace.ts";
import type { DeliveryLog, SenderOptions } from "./sender-options.ts";

export interface DeliveryOptions {
  lib: Pick<Library, "db" | "timezone" | "now">;
  /** The send port of each platform served ("telegram", "wechat"); others are left queued. */
  ports: Partial<Record<string, SendPort>>;
  /** The school's quiet hours (config.QUIET_HOURS). */
  quietHours: string;
  /** Pacing per platform; defaults in `defaultPacing` (Telegram 30/s, WeChat 3–6 s). */
  pacing?: Partial<Record<string, PacingConfig>>;
  /** Retry, lease and batch settings shared by every platform's sender. */
  sender?: Partial<
    Pick<SenderOptions, "retry" | "leaseMs" | "heartbeatMs" | "batchSize" | "maxInlineWaitMs">
  >;
  /** Longest idle wait between looks at the outbox; default 1 s. */
  idlePollMs?: number;
  log?: DeliveryLog;
}

export interface Delivery {
  /** Looks at the outbox now (after enqueueing something urgent, e.g. a hold-ready notice). */
  wake(): void;
  /**
   * Starts delivering a platform that began serving later (a lease taken: the WeChat login);
   * resolves to how to stop it again, after its row in flight.
   */
  attach(platform: string, port: SendPort): () => Promise<void>;
  /** Stops every platform after its row in flight; resolves when they have stopped. */
  stop(): Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Idle waits that `wakeAll` ends early. */
function wakeableIdle() {
  const wakers = new Set<() => void>();
  const idle = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      wakers.add(done);
    });
  return { idle, wakeAll: () => [...wakers].forEach((w) => w()) };
}

function senderFor(opts: DeliveryOptions, platform: string, port: SendPort): OutboxSender | null {
  const pacing = opts.pacing?.[platform] ?? defaultPacing[platform] ?? defaultPacing["telegram"];
  if (!pacing) return null;
  return new OutboxSender({
    ...opts.sender,
    db: opts.lib.db,
    platform,
    port,
    pacer: createPacer(pacing),
    ...(pacing.kind === "telegram"
      ? { shared: new SharedPace(opts.lib.db, platform, telegramGapMs(pacing)) }
      : {}),
    timezone: opts.lib.timezone,
    quietHours: opts.quietHours,
    now: opts.lib.now,
    sleep: realSleep,
    ...(opts.log ? { log: opts.log } : {}),
  });
}

/**
 * Starts one sender loop per platform with a port (and per platform attached later): claims expired by a crash are taken back
 * first, then the loop drains due rows and idles until the next is due (at most `idlePollMs`,
 * or until `wake()`). Rows of platforms without a port stay pending. A platform without
 * pacing of its own is paced like Telegram.
 */
export function startDelivery(opts: DeliveryOptions): Delivery {
  let stopped = false;
  const { idle, wakeAll } = wakeableIdle();
  const running = new Map<OutboxSender, Promise<void>>();
  const attach = (platform: string, port: SendPort) => {
    const sender = senderFor(opts, platform, port);
    if (!sender || stopped) return () => Promise.resolve();
    let detached = false;
    const state = { stopped: () => stopped || detached, idle };
    running.set(sender, runLoop(opts, platform, sender, state));
    return async () => {
      const loop = running.get(sender);
      detached = true;
      running.delete(sender);
      sender.stop();
      wakeAll();
      await loop;
    };
  };
  for (const [platform, port] of Object.entries(opts.ports)) if (port) attach(platform, port);
  return {
    wake: wakeAll,
    attach,
    stop: async () => {
      const loops = [...running.values()];
      stopped = true;
      for (const sender of running.keys()) sender.stop();
      wakeAll();
      await Promise.all(loops);
    },
  };
}

async function runLoop(
  opts: DeliveryOptions,
  platform: string,
  sender: OutboxSender,
  state: { stopped: () => boolean; idle: (ms: number) => Promise<void> },
): Promise<void> {
  const poll = opts.idlePollMs ?? 1_000;
  while (!state.stopped()) {
    try {
      await sender.drain();
      if (state.stopped()) break;
      const next = await findNextDueAt(opts.lib.db, platform);
      const untilNext = next ? next.getTime() - opts.lib.now().getTime() : poll;
      await state.idle(Math.min(poll, Math.max(10, sender.platformWaitMs(), untilNext)));
    } catch (e) {
      opts.log?.error({ err: e, platform }, "outbox delivery failed; retrying");
      await state.idle(poll);
    }
  }
}
