import { describe, expect, it } from "vitest";
import { enqueue } from "../../src/outbox/queue.ts";
import { freshDb } from "../support/db.ts";
import { finished, spawnTs } from "./child-process.ts";

describe("two processes on one database", () => {
  it("send each of 600 rows exactly once between them", async () => {
    const { db, url } = await freshDb();
    const messages = Array.from({ length: 600 }, (_, i) => ({
      dedupeKey: `race:${i}`,
      platform: "telegram",
      chatId: String(5000 + i),
      kind: "broadcast" as const,
      text: `第 ${i} 条`,
      urgent: true,
    }));
    await enqueue(db, messages, new Date(Date.now() - 1000));
    await db.$disconnect();
    const startAt = String(Date.now() + 10_000); // both booted, even on a loaded machine
    const runs = [0, 1].map(() => finished(spawnTs("test/outbox/race-child.ts", [url, startAt])));
    const [a = "", b = ""] = await Promise.all(runs);
    const sentBy = (out: string) => out.split("\n").filter((l) => l.startsWith("SENT "));
    const all = [...sentBy(a), ...sentBy(b)].map((l) => l.slice(5));
    expect(all).toHaveLength(600);
    expect(new Set(all).size).toBe(600);
    expect(sentBy(a).length).toBeGreaterThan(0);
    expect(sentBy(b).length).toBeGreaterThan(0);
  }, 120_000);
});
