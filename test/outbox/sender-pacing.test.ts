import { describe, expect, it } from "vitest";
import { arrivalMarginMs, createPacer, defaultPacing } from "../../src/outbox/pacing.ts";
import type { PacingConfig } from "../../src/outbox/pacing.ts";
import { OutboxSender } from "../../src/outbox/sender.ts";
import { testLibrary } from "../support/library.ts";
import { FakePort, clockSleep, drainAll, maxInWindow, queueRows } from "./fake-port.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;

function senderFor(lib: Lib, port: FakePort, pacing: PacingConfig, platform = "telegram") {
  return new OutboxSender({
    db: lib.db,
    platform,
    port,
    pacer: createPacer(pacing, () => 0.5),
    timezone: lib.timezone,
    quietHours: "21:00-07:00",
    now: lib.now,
    sleep: clockSleep(lib.clock),
    retry: { random: () => 0.5 },
  });
}

const telegram = defaultPacing["telegram"] as PacingConfig;
const chats = (n: number, prefix = "") =>
  Array.from({ length: n }, (_, i) => `${prefix}${1000 + i}`);

describe("sender pacing", () => {
  it("sends no more than 30 messages in any second to Telegram, counted per simulated second", async () => {
    const lib = await testLibrary();
    const port = new FakePort(lib.now);
    await queueRows(lib, chats(200));
    const started = lib.now().getTime();
    await drainAll(lib, senderFor(lib, port, telegram));
    const times = port.calls.map((c) => c.at);
    expect(times).toHaveLength(200);
    const perSecond = new Map<number, number>();
    for (const t of times) {
      const s = Math.floor((t - started) / 1000);
      perSecond.set(s, (perSecond.get(s) ?? 0) + 1);
    }
    expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(30);
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(30);
    expect(perSecond.size).toBeGreaterThanOrEqual(7);
  });

  it("leaves a margin past a second before the 31st message, so one overtaken on the way never makes 31 in Telegram's second", async () => {
    const lib = await testLibrary();
    const port = new FakePort(lib.now);
    await queueRows(lib, chats(100));
    await drainAll(lib, senderFor(lib, port, telegram));
    const times = port.calls.map((c) => c.at);
    expect(times).toHaveLength(100);
    expect(maxInWindow(times, 1000 + arrivalMarginMs)).toBeLessThanOrEqual(30);
    expect(arrivalMarginMs).toBeGreaterThanOrEqual(20);
  });

  it("sends one private chat at most one message a second", async () => {
    const lib = await testLibrary();
    const port = new FakePort(lib.now);
    for (let i = 0; i < 5; i++) await queueRows(lib, ["42"], {}, `r${i}`);
    await queueRows(lib, chats(10));
    await drainAll(lib, senderFor(lib, port, telegram));
    const toOne = port.calls.filter((c) => c.chatId === "42").map((c) => c.at);
    expect(toOne).toHaveLength(5);
    expect(maxInWindow(toOne, 1000)).toBe(1);
    expect(port.calls).toHaveLength(15);
  });

  it("sends a group at most 20 messages a minute", async () => {
    const lib = await testLibrary();
    await lib.db.schoolClass.create({ data: { grade: 3, number: 2, name: "3-2" } });
    await lib.db.chatGroup.create({ data: { platform: "telegram", chatId: "-100", classId: 1 } });
    const port = new FakePort(lib.now);
    for (let i = 0; i < 45; i++) await queueRows(lib, ["-100"], {}, `g${i}`);
    await drainAll(lib, senderFor(lib, port, telegram));
    const times = port.calls.map((c) => c.at);
    expect(times).toHaveLength(45);
    expect(maxInWindow(times, 60_000)).toBe(20);
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(120_000);
  });

  it("spaces WeChat messages 3–6 seconds apart with jitter", async () => {
    const lib = await testLibrary();
    const port = new FakePort(lib.now);
    let n = 0;
    const random = () => [0, 0.99, 0.5][n++ % 3] ?? 0;
    const sender = new OutboxSender({
      db: lib.db,
      platform: "wechat",
      port,
      pacer: createPacer(defaultPacing["wechat"] as PacingConfig, random),
      timezone: lib.timezone,
      quietHours: "21:00-07:00",
      now: lib.now,
      sleep: clockSleep(lib.clock),
    });
    await queueRows(lib, chats(7, "wx"), { platform: "wechat" });
    await drainAll(lib, sender, "wechat");
    const times = port.calls.map((c) => c.at);
    expect(times).toHaveLength(7);
    const gaps = times.slice(1).map((t, i) => t - (times[i] ?? 0));
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(3000);
    for (const g of gaps) expect(g).toBeLessThanOrEqual(6000);
    expect(new Set(gaps).size).toBeGreaterThan(1);
  });
});
