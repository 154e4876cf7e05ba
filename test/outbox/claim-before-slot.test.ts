import { describe, expect, it, vi } from "vitest";
import { createPacer, defaultPacing } from "../../src/outbox/pacing.ts";
import type { TelegramPacing } from "../../src/outbox/pacing.ts";
import { OutboxSender } from "../../src/outbox/sender.ts";
import { SharedPace, telegramGapMs } from "../../src/outbox/shared-pace.ts";
import type { TakenSlot } from "../../src/db/platform-pace-repo.ts";
import type * as SendRepo from "../../src/db/outbox-send-repo.ts";
import { testLibrary } from "../support/library.ts";
import { FakePort, clockSleep, drainAll, queueRows } from "./fake-port.ts";

/** What renewing a row's claim costs in fake-clock time (a busy PostgreSQL round trip). */
const slowDb = vi.hoisted(() => ({ holdMs: 0, advance: (_ms: number) => {} }));

vi.mock("../../src/db/outbox-send-repo.ts", async (importOriginal) => {
  const real = await importOriginal<typeof SendRepo>();
  return {
    ...real,
    holdClaim: async (...args: Parameters<typeof real.holdClaim>) => {
      const held = await real.holdClaim(...args);
      slowDb.advance(slowDb.holdMs);
      return held;
    },
  };
});

const telegram = defaultPacing["telegram"] as TelegramPacing;

describe("renewing a row's claim before its shared slot", () => {
  it("sends each message at its slot even when the claim's round trip takes 40 ms", async () => {
    const lib = await testLibrary();
    slowDb.holdMs = 40;
    slowDb.advance = (ms) => lib.clock.set(new Date(lib.now().getTime() + ms));
    const port = new FakePort(lib.now);
    await queueRows(
      lib,
      Array.from({ length: 20 }, (_, i) => String(7000 + i)),
    );
    const shared = new SharedPace(lib.db, "telegram", telegramGapMs(telegram));
    const slots: TakenSlot[] = [];
    const take = shared.take.bind(shared);
    shared.take = async (now) => {
      const slot = await take(now);
      slots.push(slot);
      return slot;
    };
    const sender = new OutboxSender({
      db: lib.db,
      platform: "telegram",
      port,
      pacer: createPacer(telegram, () => 0.5),
      shared,
      timezone: lib.timezone,
      quietHours: "21:00-07:00",
      now: lib.now,
      sleep: clockSleep(lib.clock),
      retry: { random: () => 0.5 },
    });
    await drainAll(lib, sender);
    expect(port.delivered().size).toBe(20);
    // One slot per message (none retaken), and each message went out at its own slot, not
    // after the claim's renewal: a slow database must not push sends past their slots.
    expect(slots).toHaveLength(20);
    expect(port.calls.map((c, i) => c.at - (slots[i]?.at ?? 0))).toEqual(Array(20).fill(0));
  });
});
