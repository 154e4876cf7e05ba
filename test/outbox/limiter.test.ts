import { describe, expect, it } from "vitest";
import { JitteredInterval, SlidingWindow } from "../../src/outbox/limiter.ts";
import { createPacer } from "../../src/outbox/pacing.ts";

describe("rate limiters", () => {
  it("allows `limit` events in any window and says how long until the next", () => {
    const w = new SlidingWindow(3, 1000);
    for (const t of [0, 100, 200]) {
      expect(w.waitMs("a", t)).toBe(0);
      w.record("a", t);
    }
    expect(w.waitMs("a", 300)).toBe(700);
    expect(w.waitMs("b", 300)).toBe(0);
    expect(w.waitMs("a", 1000)).toBe(0);
    w.record("a", 1000);
    expect(w.waitMs("a", 1000)).toBe(100);
  });

  it("spaces events by a random gap between min and max", () => {
    const gaps = [0, 1, 0.5];
    const i = new JitteredInterval(3000, 6000, () => gaps.shift() ?? 0);
    i.record(0);
    expect(i.waitMs(0)).toBe(3000);
    i.record(3000);
    expect(i.waitMs(3000)).toBe(6000);
    i.record(9000);
    expect(i.waitMs(10_000)).toBe(3500);
  });

  it("pauses a whole platform and keeps the later pause", () => {
    const p = createPacer({
      kind: "telegram",
      perSecond: 30,
      perChatPerSecond: 1,
      perGroupPerMinute: 20,
    });
    p.pauseUntil(5000);
    p.pauseUntil(2000);
    expect(p.platformWaitMs(1000)).toBe(4000);
    expect(p.chatWaitMs("x", false, 1000)).toBe(0);
    p.record("x", false, 5000);
    expect(p.chatWaitMs("x", false, 5500)).toBe(500);
  });
});
