import { describe, expect, it } from "vitest";
import type { OutboundMessage } from "../../src/core/broadcasts/outbound.ts";
import { enqueue } from "../../src/outbox/queue.ts";
import { testLibrary } from "../support/library.ts";

const message = (chatId: string, over: Partial<OutboundMessage> = {}): OutboundMessage => ({
  dedupeKey: `reminder:2026-09-09:console:${chatId}`,
  platform: "console",
  chatId,
  kind: "reminder",
  text: "明天到期",
  ...over,
});

describe("enqueue", () => {
  it("adds pending rows due now and skips keys already queued", async () => {
    const lib = await testLibrary();
    const at = lib.now();
    expect(await enqueue(lib.db, [message("a"), message("b")], at)).toBe(2);
    expect(await enqueue(lib.db, [message("b"), message("c")], at)).toBe(1);
    const rows = await lib.db.outbox.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => r.chatId)).toEqual(["a", "b", "c"]);
    expect(rows[0]).toMatchObject({
      status: "pending",
      attempts: 0,
      urgent: false,
      kind: "reminder",
      payload: JSON.stringify({ text: "明天到期" }),
      nextAttemptAt: at,
      createdAt: at,
      sentAt: null,
    });
  });

  it("skips a key repeated within one call and keeps choices and urgency", async () => {
    const lib = await testLibrary();
    const choices = [{ id: "renew", label: "续借" }];
    const n = await enqueue(
      lib.db,
      [message("a", { choices, urgent: true }), message("a")],
      lib.now(),
    );
    expect(n).toBe(1);
    const row = await lib.db.outbox.findFirstOrThrow();
    expect(row.urgent).toBe(true);
    expect(JSON.parse(row.payload)).toEqual({ text: "明天到期", choices });
  });

  it("inserts more rows than one statement's batch", async () => {
    const lib = await testLibrary();
    const many = Array.from({ length: 1203 }, (_, i) => message(`u${i}`));
    expect(await enqueue(lib.db, many, lib.now())).toBe(1203);
    expect(await enqueue(lib.db, many, lib.now())).toBe(0);
    expect(await lib.db.outbox.count()).toBe(1203);
  });

  it("rejects a row without text or with an unknown kind", async () => {
    const lib = await testLibrary();
    await expect(enqueue(lib.db, [message("a", { text: " " })], lib.now())).rejects.toThrow();
    const bad = { ...message("a"), kind: "spam" } as unknown as OutboundMessage;
    await expect(enqueue(lib.db, [bad], lib.now())).rejects.toThrow();
    expect(await lib.db.outbox.count()).toBe(0);
  });
});
