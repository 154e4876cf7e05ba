import { describe, expect, it } from "vitest";
import { createPacer, defaultPacing } from "../../src/outbox/pacing.ts";
import type { TelegramPacing } from "../../src/outbox/pacing.ts";
import { OutboxSender } from "../../src/outbox/sender.ts";
import { SharedPace, telegramGapMs } from "../../src/outbox/shared-pace.ts";
import { testLibrary } from "../support/library.ts";
import { FakePort, clockSleep, drainAll, maxInWindow, queueRows } from "./fake-port.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;
const telegram = defaultPacing["telegram"] as TelegramPacing;
const chats = (n: number) => Array.from({ length: n }, (_, i) => String(5000 + i));

/** A sender as one process of several runs it: its own pacer, the shared pace if given. */
function processSender(lib: Lib, port: FakePort, shared: boolean) {
  return new OutboxSender({
    db: lib.db,
    platform: "telegram",
    port,
    pacer: createPacer(telegram, () => 0.5),
    ...(shared ? { shared: new SharedPace(lib.db, "telegram", telegramGapMs(telegram)) } : {}),
    timezone: lib.timezone,
    quietHours: "21:00-07:00",
    now: lib.now,
    sleep: clockSleep(lib.clock),
    retry: { random: () => 0.5 },
  });
}

describe("the send rate shared by every process", () => {
  it("gives concurrent takers distinct slots exactly one gap apart", async () => {
    const lib = await testLibrary();
    const [a, b] = [new SharedPace(lib.db, "telegram", 35), new SharedPace(lib.db, "telegram", 35)];
    const now = lib.now().getTime();
    const slots = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? a : b).take(now)),
    );
    const at = slots.map((s) => s.at).sort((x, y) => x - y);
    expect(at[0]).toBe(now);
    expect(at.slice(1).map((t, i) => t - (at[i] ?? 0))).toEqual(Array(39).fill(35));
  });

  it("starts again from now after an idle spell, without a burst for the slots not used", async () => {
    const lib = await testLibrary();
    const pace = new SharedPace(lib.db, "telegram", 35);
    const now = lib.now().getTime();
    await pace.take(now);
    const later = await pace.take(now + 60_000);
    const next = await pace.take(now + 60_000);
    expect([later.at, next.at]).toEqual([now + 60_000, now + 60_035]);
  });

  it("holds every process after one was told to wait (a 429), and tells them until when", async () => {
    const lib = await testLibrary();
    const [a, b] = [new SharedPace(lib.db, "telegram", 35), new SharedPace(lib.db, "telegram", 35)];
    const now = lib.now().getTime();
    await a.take(now);
    await a.pauseUntil(now + 5_000);
    await b.pauseUntil(now + 2_000); // an earlier pause does not shorten it
    const slot = await b.take(now + 10);
    expect(slot).toEqual({ at: now + 5_000, pausedUntil: now + 5_000 });
    expect((await b.take(now + 6_000)).pausedUntil).toBe(0);
  });

  it("keeps two processes' senders together at Telegram's 30 a second, not 30 each", async () => {
    const lib = await testLibrary();
    const port = new FakePort(lib.now);
    await queueRows(lib, chats(150));
    const [a, b] = [processSender(lib, port, true), processSender(lib, port, true)];
    await Promise.all([drainAll(lib, a), drainAll(lib, b)]);
    const times = port.calls.map((c) => c.at);
    expect([...port.delivered().values()].every((n) => n === 1)).toBe(true);
    expect(port.delivered().size).toBe(150);
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(30);
  });

  it("(the same two senders without the shared pace go over the limit: the test can fail)", async () => {
    const lib = await testLibrary();
    const port = new FakePort(lib.now);
    await queueRows(lib, chats(150));
    const [a, b] = [processSender(lib, port, false), processSender(lib, port, false)];
    await Promise.all([drainAll(lib, a), drainAll(lib, b)]);
    expect(port.delivered().size).toBe(150);
    expect(
      maxInWindow(
        port.calls.map((c) => c.at),
        1000,
      ),
    ).toBeGreaterThan(30);
  });
});
