import { describe, expect, it } from "vitest";
import { openDb } from "../../src/db/client.ts";
import { freshDb } from "../support/db.ts";
import { finished, spawnTs } from "../outbox/child-process.ts";
import { addAccount, addClass, addLoan, addPatron } from "./fixtures.ts";

/** A class of 40 pupils, each with a parent and a loan due in two days (on 2026-09-11). */
async function school(): Promise<string> {
  const { db, url } = await freshDb();
  const c = await addClass(db, 3, 2);
  for (let i = 0; i < 40; i++) {
    const p = await addPatron(db, `学生${i}`, { classId: c });
    await addAccount(db, `parent-${i}`, [{ kind: "guardian", patronId: p }]);
    await addLoan(db, p, `书${i}`, "2026-09-11");
  }
  await db.$disconnect();
  return url;
}

/**
 * Runs daily-reminders in one process per slot, all starting together; with mode "due" each
 * process instead looks at the ledger once with its clock at that instant, as the schedule does.
 */
async function race(url: string, slots: string[], mode = "slot") {
  const startAt = String(Date.now() + 2500);
  const outs = await Promise.all(
    slots.map((slot) => finished(spawnTs("test/jobs/race-child.ts", [url, slot, startAt, mode]))),
  );
  const db = await openDb(url);
  const counts = { outbox: await db.outbox.count(), runs: await db.jobRun.count() };
  await db.$disconnect();
  const parsed = outs.map((o) => JSON.parse(o.trim()) as { status: string; error?: string });
  for (const p of parsed) if (p.error) console.log(p.error);
  const statuses = parsed.map((p) => p.status).sort();
  return { statuses, ...counts };
}

describe("schedulers in several processes on one database", () => {
  it("run the same slot once between them, so each notice is queued once", async () => {
    const slot = "2026-09-09T17:30:00+08:00";
    const r = await race(await school(), [slot, slot, slot]);
    expect(r).toEqual({ statuses: ["done", "taken", "taken"], outbox: 40, runs: 1 });
  }, 120_000);

  it("queue each notice once even when both run, for different slots of the same day", async () => {
    const r = await race(await school(), [
      "2026-09-09T17:30:00+08:00",
      "2026-09-09T17:31:00+08:00",
    ]);
    expect(r).toEqual({ statuses: ["done", "done"], outbox: 40, runs: 2 });
  }, 120_000);

  it("take over a run a crash cut off once, between them, so each notice is queued once", async () => {
    const url = await school();
    const db = await openDb(url);
    await db.jobRun.create({
      data: {
        job: "daily-reminders",
        slot: "2026-09-09T17:30",
        status: "running",
        startedAt: new Date("2026-09-09T17:30:00+08:00"),
        owner: "crashed-process",
        leaseUntil: new Date("2026-09-09T17:31:00+08:00"),
      },
    });
    await db.$disconnect();
    const now = "2026-09-09T17:35:00+08:00";
    const r = await race(url, [now, now, now], "due");
    expect(r).toEqual({ statuses: ["done", "taken", "taken"], outbox: 40, runs: 1 });
    const db2 = await openDb(url);
    expect(await db2.jobRun.findFirst({ select: { status: true } })).toEqual({ status: "done" });
    await db2.$disconnect();
  }, 120_000);
});
