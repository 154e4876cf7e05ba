import pino from "pino";
import { describe, expect, it } from "vitest";
import type { Library } from "../../src/core/library.ts";
import type { Db } from "../../src/db/client.ts";
import { insertHeldInboundUpdate } from "../../src/db/inbound-update-repo.ts";
import { DoneMarks } from "../../src/gate/done-marks.ts";
import type { Logger } from "../../src/logger.ts";
import { accept, message, PLATFORM, recorder, testGate } from "../support/gate.ts";
import { testLibrary } from "../support/library.ts";

const silent = pino({ level: "silent" }) as unknown as Logger;

/** Flushes the gate leaves for later, run only when the test says so. */
function heldFlushes() {
  const queued: (() => void)[] = [];
  return {
    schedule: (flush: () => void) => void queued.push(flush),
    runAll: () => queued.splice(0).forEach((f) => f()),
  };
}

const statuses = async (lib: Library) =>
  (
    await lib.db.inboundUpdate.findMany({
      select: { status: true, sentCount: true },
      orderBy: { id: "asc" },
    })
  ).map((u) => `${u.status}/${u.sentCount}`);

/** An update held by `owner`, as the gate stores one it takes in. */
async function heldUpdate(db: Db, owner: string, updateId: string) {
  const row = { platform: PLATFORM, updateId, chatKey: `${PLATFORM}:zhang`, payload: "{}" };
  const hold = { owner, leaseUntil: new Date(Date.now() + 60_000) };
  const got = await insertHeldInboundUpdate(db, { ...row, at: new Date() }, hold);
  return (got?.row.id ?? 0) as number;
}

describe("done marks", () => {
  it("writes a finished update's mark with the chat's next message, in the same commit", async () => {
    const lib = await testLibrary();
    const flushes = heldFlushes();
    const gate = testGate(lib, { now: lib.now, scheduleMarks: flushes.schedule });
    const { link, sent } = recorder(async (i) => [{ text: `re ${i.text}` }]);
    gate.register(PLATFORM, link);
    await accept(gate, message("a"));
    await gate.settled(PLATFORM, "zhang");
    // Sent, its mark not yet written: still held, so no other process sends it again.
    expect(sent.map((s) => s.text)).toEqual(["re a"]);
    expect(await statuses(lib)).toEqual(["answered/0"]);
    await accept(gate, message("b"));
    await gate.settled(PLATFORM, "zhang");
    expect(sent.map((s) => s.text)).toEqual(["re a", "re b"]);
    expect(await statuses(lib)).toEqual(["done/1", "answered/0"]);
    flushes.runAll();
    await gate.idle();
    expect(await statuses(lib)).toEqual(["done/1", "done/1"]);
  });

  it("sends only the last reply again when the process died before its mark was written", async () => {
    const lib = await testLibrary();
    const dying = testGate(lib, { now: lib.now, owner: "dying", scheduleMarks: () => {} });
    const first = recorder(async () => [{ text: "one" }, { text: "two" }]);
    dying.register(PLATFORM, first.link);
    await accept(dying, message("hi"));
    await dying.settled(PLATFORM, "zhang");
    expect(first.sent.map((s) => s.text)).toEqual(["one", "two"]);
    // The process is gone; its lease runs out.
    lib.clock.set(new Date(lib.now().getTime() + 60_000));
    const next = testGate(lib, { now: lib.now, owner: "next" });
    const again = recorder(() => Promise.reject(new Error("must not run the turn again")));
    next.register(PLATFORM, again.link);
    await next.sweep();
    expect(again.sent.map((s) => s.text)).toEqual(["two"]);
    expect(await statuses(lib)).toEqual(["done/2"]);
  });

  it("keeps the marks of a transaction that rolled back, and writes them later", async () => {
    const lib = await testLibrary();
    const marks = new DoneMarks(lib.db, "me", lib.now, silent, () => {});
    const id = await heldUpdate(lib.db, "me", "u-rollback");
    marks.add(id, 1);
    const failing = marks.commitWith(() => Promise.reject(new Error("the turn's commit failed")));
    await expect(failing).rejects.toThrow("the turn's commit failed");
    expect(marks.has(id)).toBe(true);
    expect(await statuses(lib)).toEqual(["handling/0"]);
    await marks.flush();
    expect(marks.has(id)).toBe(false);
    expect(await statuses(lib)).toEqual(["done/1"]);
  });

  it("keeps the marks when writing them fails, and writes them on a later try", async () => {
    const lib = await testLibrary();
    const id = await heldUpdate(lib.db, "me", "u-retry");
    let failures = 1;
    const flaky = {
      $executeRaw: (...args: Parameters<Db["$executeRaw"]>) =>
        failures-- > 0 ? Promise.reject(new Error("database busy")) : lib.db.$executeRaw(...args),
    } as unknown as Db;
    const marks = new DoneMarks(flaky, "me", lib.now, silent, () => {});
    marks.add(id, 1);
    await marks.flush();
    expect(marks.has(id)).toBe(true);
    expect(await statuses(lib)).toEqual(["handling/0"]);
    await marks.flush();
    marks.stop();
    expect(await statuses(lib)).toEqual(["done/1"]);
  });

  it("writes a mark added while another write is out once that one is done", async () => {
    const lib = await testLibrary();
    const [a, b] = [await heldUpdate(lib.db, "me", "u-a"), await heldUpdate(lib.db, "me", "u-b")];
    let open = () => {};
    const gateOpen = new Promise<void>((r) => (open = r));
    const slow = {
      $executeRaw: async (...args: Parameters<Db["$executeRaw"]>) => {
        await gateOpen;
        return lib.db.$executeRaw(...args);
      },
    } as unknown as Db;
    const flushes = heldFlushes();
    const marks = new DoneMarks(slow, "me", lib.now, silent, flushes.schedule);
    marks.add(a, 1);
    flushes.runAll();
    marks.add(b, 1);
    flushes.runAll();
    open();
    await expect.poll(() => (flushes.runAll(), marks.size)).toBe(0);
    expect(await statuses(lib)).toEqual(["done/1", "done/1"]);
  });
});
