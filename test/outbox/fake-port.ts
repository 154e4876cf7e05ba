import type { OutboundMessage } from "../../src/core/broadcasts/outbound.ts";
import type { Library } from "../../src/core/library.ts";
import { findNextDueAt } from "../../src/db/outbox-send-repo.ts";
import type { Reply } from "../../src/messages.ts";
import type { SendOutcome, SendPort } from "../../src/outbox/ports.ts";
import { enqueue } from "../../src/outbox/queue.ts";
import { createPacer, defaultPacing } from "../../src/outbox/pacing.ts";
import type { PacingConfig } from "../../src/outbox/pacing.ts";
import { OutboxSender } from "../../src/outbox/sender.ts";
import type { FakeClock } from "../support/library.ts";

/** A send port that records every call at the fake clock's time and answers from a script. */
export class FakePort implements SendPort {
  readonly calls: { chatId: string; text: string; at: number; outcome: SendOutcome }[] = [];
  private readonly script = new Map<string, SendOutcome[]>();

  constructor(private readonly now: () => Date) {}

  /** The next calls for `chatId` answer these outcomes, in order (then "sent"). */
  answer(chatId: string, ...outcomes: SendOutcome[]): void {
    this.script.set(chatId, [...(this.script.get(chatId) ?? []), ...outcomes]);
  }

  send(chatId: string, reply: Reply): Promise<SendOutcome> {
    const outcome = this.script.get(chatId)?.shift() ?? { status: "sent" };
    this.calls.push({ chatId, text: reply.text, at: this.now().getTime(), outcome });
    return Promise.resolve(outcome);
  }

  /** Calls that delivered, per chat. */
  delivered(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const c of this.calls) {
      if (c.outcome.status === "sent") counts.set(c.chatId, (counts.get(c.chatId) ?? 0) + 1);
    }
    return counts;
  }
}

/** A sleep that moves the fake clock instead of waiting. */
export const clockSleep = (clock: FakeClock) => (ms: number) => {
  clock.set(new Date(clock.now().getTime() + ms));
  return Promise.resolve();
};

/** Pending rows for `chatIds`, one message each, enqueued now (`tag` keeps keys apart). */
export async function queueRows(
  lib: Library,
  chatIds: string[],
  over: Partial<Omit<OutboundMessage, "dedupeKey" | "chatId">> = {},
  tag = "",
): Promise<void> {
  const messages = chatIds.map((chatId, i): OutboundMessage => ({
    platform: "telegram",
    kind: "broadcast",
    text: `消息 ${i}`,
    ...over,
    dedupeKey: `test:${tag}:${i}:${chatId}`,
    chatId,
  }));
  await enqueue(lib.db, messages, lib.now());
}

/**
 * Drains, then moves the fake clock to the next due row (or the end of a pause) and drains
 * again, until nothing is pending or `limitMs` of simulated time has passed.
 */
export async function drainAll(
  lib: Library & { clock: FakeClock },
  sender: OutboxSender,
  platform = "telegram",
  limitMs = 86_400_000,
): Promise<void> {
  const end = lib.now().getTime() + limitMs;
  for (;;) {
    await sender.drain();
    const next = await findNextDueAt(lib.db, platform);
    if (!next) return;
    const at = Math.max(next.getTime(), lib.now().getTime() + sender.platformWaitMs());
    if (at > end) return;
    lib.clock.set(new Date(Math.max(at, lib.now().getTime())));
  }
}

/** The most events in any window of `windowMs` (sliding, starting at each event). */
export function maxInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while ((sorted[i] ?? 0) - (sorted[j] ?? 0) >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

/**
 * The platform's outbox sender as the bot runs it (its default pacing, quiet hours
 * 22:00-07:00), over `port`, on the test library's fake clock.
 */
export function clockSender(
  lib: Library & { clock: FakeClock },
  platform: "telegram" | "wechat",
  port: SendPort,
): OutboxSender {
  return new OutboxSender({
    db: lib.db,
    platform,
    port,
    pacer: createPacer(defaultPacing[platform] as PacingConfig),
    timezone: lib.timezone,
    quietHours: "22:00-07:00",
    now: lib.now,
    sleep: clockSleep(lib.clock),
  });
}
