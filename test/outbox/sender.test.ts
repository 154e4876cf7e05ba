import { describe, expect, it } from "vitest";
import { instantOf } from "../../src/core/dates.ts";
import { createPacer, defaultPacing } from "../../src/outbox/pacing.ts";
import type { PacingConfig } from "../../src/outbox/pacing.ts";
import { OutboxSender } from "../../src/outbox/sender.ts";
import { markChatReachable } from "../../src/outbox/unreachable.ts";
import { testLibrary } from "../support/library.ts";
import { FakePort, clockSleep, drainAll, queueRows } from "./fake-port.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;

function senderFor(lib: Lib, port: FakePort, leaseMs?: number) {
  return new OutboxSender({
    db: lib.db,
    platform: "telegram",
    port,
    pacer: createPacer(defaultPacing["telegram"] as PacingConfig),
    timezone: lib.timezone,
    quietHours: "21:00-07:00",
    now: lib.now,
    sleep: clockSleep(lib.clock),
    retry: { random: () => 0.5 },
    ...(leaseMs === undefined ? {} : { leaseMs }),
  });
}

const rows = (lib: Lib) =>
  lib.db.outbox.findMany({
    orderBy: { id: "asc" },
    select: { chatId: true, status: true, attempts: true, lastError: true, nextAttemptAt: true },
  });

describe("retries and failures", () => {
  it("waits out a 429 for the whole platform and delivers the row once", async () => {
    const lib = await testLibrary();
    const port = new FakePort(lib.now);
    port.answer("1", { status: "retry_after", seconds: 7 });
    await queueRows(lib, ["1", "2", "3"]);
    const t0 = lib.now().getTime();
    await drainAll(lib, senderFor(lib, port));
    expect(port.calls.map((c) => c.chatId)).toEqual(["1", "2", "3", "1"]);
    const [, second] = port.calls;
    expect((second?.at ?? 0) - t0).toBeGreaterThanOrEqual(7000);
    expect([...port.delivered().values()]).toEqual([1, 1, 1]);
    const stored = await rows(lib);
    expect(stored.map((r) => [r.status, r.attempts])).toEqual([
      ["sent", 1],
      ["sent", 1],
      ["sent", 1],
    ]);
  });

  it("backs off exponentially after network errors and then delivers", async () => {
    const lib = await testLibrary();
    const port = new FakePort(lib.now);
    const down = { status: "failed", permanent: false, reason: "network: ECONNRESET" } as const;
    port.answer("1", down, down, down);
    await queueRows(lib, ["1"]);
    await drainAll(lib, senderFor(lib, port));
    const at = port.calls.map((c) => c.at);
    expect(at).toHaveLength(4);
    const gaps = at.slice(1).map((t, i) => t - (at[i] ?? 0));
    expect(gaps).toEqual([10_000, 20_000, 40_000]);
    expect(await rows(lib)).toMatchObject([{ status: "sent", attempts: 4 }]);
  });

  it("marks a row dead with its reason after the eighth failed attempt", async () => {
    const lib = await testLibrary();
    const port = new FakePort(lib.now);
    const down = {
      status: "failed",
      permanent: false,
      reason: "500: Internal Server Error",
    } as const;
    port.answer("1", ...Array.from({ length: 10 }, () => down));
    await queueRows(lib, ["1"]);
    await drainAll(lib, senderFor(lib, port));
    expect(port.calls).toHaveLength(8);
    expect(await rows(lib)).toMatchObject([
      { status: "dead", attempts: 8, lastError: "500: Internal Server Error" },
    ]);
  });

  it("marks a blocked chat dead at once, records it unreachable and skips its later rows", async () => {
    const lib = await testLibrary();
    const port = new FakePort(lib.now);
    const blocked = "403: Forbidden: bot was blocked by the user";
    port.answer("1", { status: "failed", permanent: true, reason: blocked });
    await queueRows(lib, ["1", "2"]);
    await queueRows(lib, ["1"], {}, "later");
    const sender = senderFor(lib, port);
    await drainAll(lib, sender);
    await queueRows(lib, ["1"], {}, "next-day");
    await drainAll(lib, sender);
    expect(port.calls.map((c) => c.chatId)).toEqual(["1", "2"]);
    const stored = await rows(lib);
    expect(stored.map((r) => [r.chatId, r.status, r.lastError])).toEqual([
      ["1", "dead", blocked],
      ["2", "sent", null],
      ["1", "dead", `unreachable: ${blocked}`],
      ["1", "dead", `unreachable: ${blocked}`],
    ]);
    expect(await lib.db.unreachableChat.findMany({ select: { chatId: true } })).toEqual([
      { chatId: "1" },
    ]);
  });

  it("marks only the row dead when a permanent failure is about the message, not the chat", async () => {
    const lib = await testLibrary();
    const port = new FakePort(lib.now);
    port.answer("1", {
      status: "failed",
      permanent: true,
      reason: "400: Bad Request: BUTTON_DATA_INVALID",
    });
    await queueRows(lib, ["1"]);
    await queueRows(lib, ["1"], {}, "second");
    await drainAll(lib, senderFor(lib, port));
    expect((await rows(lib)).map((r) => r.status)).toEqual(["dead", "sent"]);
    expect(await lib.db.unreachableChat.count()).toBe(0);
  });

  it("sends to a chat again once it writes to the bot after blocking it", async () => {
    const lib = await testLibrary();
    const port = new FakePort(lib.now);
    port.answer("1", {
      status: "failed",
      permanent: true,
      reason: "400: Bad Request: chat not found",
    });
    const sender = senderFor(lib, port);
    await queueRows(lib, ["1"]);
    await drainAll(lib, sender);
    expect(await markChatReachable(lib.db, "telegram", "1")).toBe(true);
    await queueRows(lib, ["1"], {}, "after");
    await drainAll(lib, sender);
    expect(port.calls.map((c) => c.outcome.status)).toEqual(["failed", "sent"]);
  });

  it("takes back rows a crashed sender left in sending once their lease is over", async () => {
    const lib = await testLibrary();
    const port = new FakePort(lib.now);
    await queueRows(lib, ["1", "2"]);
    const claimedAt = new Date(lib.now().getTime() - 5 * 60_000);
    await lib.db.outbox.updateMany({
      where: { chatId: "1" },
      data: { status: "sending", claimToken: "dead-process", claimedAt },
    });
    await lib.db.outbox.updateMany({
      where: { chatId: "2" },
      data: { status: "sending", claimToken: "live-process", claimedAt: lib.now() },
    });
    await senderFor(lib, port, 120_000).drain();
    expect(port.calls.map((c) => c.chatId)).toEqual(["1"]);
    expect((await rows(lib)).map((r) => r.status)).toEqual(["sent", "sending"]);
  });
});

describe("quiet hours", () => {
  it("holds a non-urgent row sent at 22:00 until 07:00 and lets an urgent one through", async () => {
    const lib = await testLibrary({ at: "2026-09-09T22:00:00+08:00" });
    const port = new FakePort(lib.now);
    await queueRows(lib, ["1"]);
    await queueRows(lib, ["2"], { urgent: true }, "urgent");
    await senderFor(lib, port).drain();
    expect(port.calls.map((c) => c.chatId)).toEqual(["2"]);
    const held = await lib.db.outbox.findFirstOrThrow({ where: { chatId: "1" } });
    expect(held.status).toBe("pending");
    expect(held.nextAttemptAt).toEqual(instantOf(lib.timezone, "2026-09-10", "07:00"));
    await drainAll(lib, senderFor(lib, port));
    expect(port.calls.at(-1)).toMatchObject({
      chatId: "1",
      at: instantOf(lib.timezone, "2026-09-10", "07:00").getTime(),
    });
  });

  it("uses the member's own quiet hours instead of the school's", async () => {
    const lib = await testLibrary({ at: "2026-09-09T12:30:00+08:00" });
    await lib.db.chatMember.create({
      data: { platform: "telegram", userId: "1", quietHours: "12:00-14:00" },
    });
    const port = new FakePort(lib.now);
    await queueRows(lib, ["1", "2"]);
    await senderFor(lib, port).drain();
    expect(port.calls.map((c) => c.chatId)).toEqual(["2"]);
    const held = await lib.db.outbox.findFirstOrThrow({ where: { chatId: "1" } });
    expect(held.nextAttemptAt).toEqual(instantOf(lib.timezone, "2026-09-09", "14:00"));
  });
});
