import { describe, expect, it, vi } from "vitest";
import { scheduleSchema } from "../../src/core/policy.ts";
import type * as NoticeLoanRepo from "../../src/db/notice-loan-repo.ts";
import { runJob } from "../../src/jobs/run-job.ts";
import { runDue } from "../../src/jobs/schedule.ts";
import { FakePort, clockSender, drainAll } from "../outbox/fake-port.ts";
import { testLibrary } from "../support/library.ts";
import { addAccount, addClass, addLoan, addPatron } from "./fixtures.ts";

// A read of the reminder job that waits while `hold.closed` is pending: the run stays live
// (outside any transaction) as long as the test wants.
const hold = vi.hoisted(() => {
  const h = {
    entered: () => {},
    reached: Promise.resolve(),
    release: () => {},
    closed: Promise.resolve(),
    arm() {
      h.reached = new Promise<void>((r) => (h.entered = r));
      h.closed = new Promise<void>((r) => (h.release = r));
    },
  };
  return h;
});
vi.mock("../../src/db/notice-loan-repo.ts", async (original) => {
  const real = await original<typeof NoticeLoanRepo>();
  return {
    ...real,
    findClassNames: async (db: Parameters<typeof real.findClassNames>[0]) => {
      hold.entered();
      await hold.closed;
      return real.findClassNames(db);
    },
  };
});

type Lib = Awaited<ReturnType<typeof testLibrary>>;

/** Two parents, each with a child whose book is due in two days: two reminder digests. */
async function families(lib: Lib) {
  const c = await addClass(lib.db, 3, 2);
  for (const name of ["安安", "乐乐"]) {
    const p = await addPatron(lib.db, name, { classId: c });
    await addAccount(lib.db, `parent-${name}`, [{ kind: "guardian", patronId: p }]);
    await addLoan(lib.db, p, `${name}的书`, "2026-09-11");
  }
}

const schedule = scheduleSchema.parse({});
const slot = "2026-09-09T17:30";
const key = { job: "daily-reminders", slot };
const dueOpts = (lib: Lib) => ({
  lib,
  schedule,
  defaultLocale: "zh-CN" as const,
  jobs: ["daily-reminders" as const],
});

/** A run of the 17:30 slot that a crash cut off: "running", its lease passed at 17:30:30. */
function crashedRun(lib: Lib) {
  return lib.db.jobRun.create({
    data: {
      ...key,
      status: "running",
      startedAt: new Date("2026-09-09T17:30:00+08:00"),
      owner: "crashed-process",
      leaseUntil: new Date("2026-09-09T17:30:30+08:00"),
    },
  });
}

/** Delivers the outbox through a fake port; returns how many messages each chat got. */
async function deliver(lib: Lib): Promise<Map<string, number>> {
  const port = new FakePort(lib.now);
  await drainAll(lib, clockSender(lib, "telegram", port));
  return port.delivered();
}

describe("a run cut off by a crash", () => {
  it("is run again once its lease has passed, and each notice goes out once", async () => {
    const lib = await testLibrary({ at: "2026-09-09T17:31:00+08:00" });
    await families(lib);
    await crashedRun(lib);
    const first = await runDue(dueOpts(lib));
    expect(first.ran).toEqual([key]);
    expect(await lib.db.jobRun.findMany({ select: { slot: true, status: true } })).toEqual([
      { slot, status: "done" },
    ]);
    expect(await runDue(dueOpts(lib))).toEqual({ ran: [], skipped: [] });
    expect([...(await deliver(lib)).entries()].sort()).toEqual([
      ["parent-乐乐", 1],
      ["parent-安安", 1],
    ]);
  });

  it("re-runs without doubling what it had queued and sent before the crash", async () => {
    const lib = await testLibrary({ at: "2026-09-09T17:31:00+08:00" });
    await families(lib);
    await runJob(lib, "daily-reminders", {
      slot: new Date("2026-09-09T17:30:00+08:00"),
      defaultLocale: "zh-CN",
    });
    await lib.db.outbox.updateMany({
      where: { chatId: "parent-安安" },
      data: { status: "sent", sentAt: lib.now() },
    });
    await lib.db.jobRun.deleteMany();
    await crashedRun(lib);
    expect((await runDue(dueOpts(lib))).ran).toEqual([key]);
    expect(await lib.db.outbox.count()).toBe(2);
    expect([...(await deliver(lib)).entries()]).toEqual([["parent-乐乐", 1]]);
  });

  it("is left alone while its lease is live: the next look at the ledger runs nothing", async () => {
    const lib = await testLibrary({ at: "2026-09-09T17:31:00+08:00" });
    await families(lib);
    await crashedRun(lib);
    await lib.db.jobRun.updateMany({ data: { leaseUntil: new Date("2026-09-09T17:31:30+08:00") } });
    expect(await runDue(dueOpts(lib))).toEqual({ ran: [], skipped: [] });
    expect(await lib.db.outbox.count()).toBe(0);
  });
});

describe("a live run", () => {
  it("renews its lease while it runs, so another process does not take its slot", async () => {
    const lib = await testLibrary({ at: "2026-09-09T17:30:00+08:00" });
    await families(lib);
    hold.arm();
    const live = runJob(lib, "daily-reminders", {
      slot: new Date("2026-09-09T17:30:00+08:00"),
      defaultLocale: "zh-CN",
      leaseMs: 60_000,
      heartbeatMs: 20,
    });
    await hold.reached;
    lib.clock.set("2026-09-09T17:40:00+08:00"); // ten leases later, the run still going
    await vi.waitFor(
      async () => {
        const row = await lib.db.jobRun.findFirstOrThrow({ where: key });
        expect(row.leaseUntil?.getTime()).toBeGreaterThan(lib.now().getTime());
      },
      { timeout: 20_000, interval: 20 },
    );
    expect(await runDue(dueOpts(lib))).toEqual({ ran: [], skipped: [] });
    const second = await runJob(lib, "daily-reminders", {
      slot: new Date("2026-09-09T17:30:00+08:00"),
      defaultLocale: "zh-CN",
      rerun: false,
    });
    expect(second).toEqual({ status: "taken", slot, by: "running" });
    hold.release();
    expect(await live).toMatchObject({ status: "done", summary: { enqueued: 2 } });
    expect(await lib.db.outbox.count()).toBe(2);
  });
});
