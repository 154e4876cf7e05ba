import { describe, expect, it } from "vitest";
import type { Enqueue } from "../../src/core/broadcasts/outbound.ts";
import { enqueue } from "../../src/outbox/queue.ts";
import { runJob } from "../../src/jobs/run-job.ts";
import { testLibrary } from "../support/library.ts";
import { addAccount, addClass, addLoan, addPatron, storyHourCreatedNow } from "./fixtures.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;

async function family(lib: Lib) {
  const c = await addClass(lib.db, 3, 2);
  const ann = await addPatron(lib.db, "安安", { classId: c });
  await addAccount(lib.db, "parent", [{ kind: "guardian", patronId: ann }]);
  await addLoan(lib.db, ann, "西游记", "2026-09-11");
  await addLoan(lib.db, ann, "水浒传", "2026-09-09");
}

const slot = new Date("2026-09-09T17:30:00+08:00");
const opts = { slot, defaultLocale: "zh-CN" as const };

describe("running a job for a slot", () => {
  it("runs a slot once; the same slot again is taken and does nothing", async () => {
    const lib = await testLibrary();
    await family(lib);
    const first = await runJob(lib, "daily-reminders", opts);
    expect(first).toMatchObject({
      status: "done",
      slot: "2026-09-09T17:30",
      summary: { enqueued: 1 },
    });
    expect(await runJob(lib, "daily-reminders", opts)).toEqual({
      status: "taken",
      slot: "2026-09-09T17:30",
      by: "done",
    });
    const runs = await lib.db.jobRun.findMany();
    expect(runs).toMatchObject([
      { job: "daily-reminders", slot: "2026-09-09T17:30", status: "done" },
    ]);
    expect(JSON.parse(runs[0]?.summary ?? "{}")).toMatchObject({ enqueued: 1 });
  });

  it("lets a failed run be run again and records why it failed", async () => {
    const lib = await testLibrary();
    await family(lib);
    const broken: Enqueue = () => Promise.reject(new Error("disk full"));
    expect(await runJob(lib, "daily-reminders", { ...opts, enqueue: broken })).toMatchObject({
      status: "failed",
      error: "disk full",
    });
    expect(await lib.db.jobRun.findFirst()).toMatchObject({ status: "failed", error: "disk full" });
    expect(await runJob(lib, "daily-reminders", { ...opts, enqueue })).toMatchObject({
      status: "done",
    });
  });

  it("runs the job as of its slot: rows are dated at the slot, due-soon counted from its day", async () => {
    const lib = await testLibrary({ at: "2026-09-09T19:00:00+08:00" });
    await family(lib);
    await runJob(lib, "daily-reminders", opts);
    const row = await lib.db.outbox.findFirstOrThrow();
    expect(row.createdAt).toEqual(slot);
    expect(row.dedupeKey).toBe("reminder:2026-09-09:telegram:parent");
  });

  it("catches up days missed since the last finished run", async () => {
    const lib = await testLibrary();
    await family(lib);
    const ann = (await lib.db.patron.findFirstOrThrow()).id;
    await addLoan(lib.db, ann, "红楼梦", "2026-09-10");
    const early = await runJob(lib, "daily-reminders", {
      ...opts,
      slot: new Date("2026-09-07T17:30:00+08:00"),
    });
    expect(early).toMatchObject({ summary: { dueSoon: 1 } });
    const later = await runJob(lib, "daily-reminders", opts);
    expect(later).toMatchObject({ status: "done", summary: { dueSoon: 2, overdue: [0, 0, 0] } });
  });

  it("tells a job when its previous run actually started, so a caught-up run is not repeated", async () => {
    const lib = await testLibrary({ at: "2026-09-09T09:00:00+08:00" });
    const c = await addClass(lib.db, 3, 2);
    await addAccount(lib.db, "tao", [
      {
        kind: "teacher",
        patronId: await addPatron(lib.db, "陶老师", { role: "teacher", heads: [c] }),
      },
    ]);
    await storyHourCreatedNow(lib);
    const at = (iso: string) => ({ slot: new Date(iso), defaultLocale: "zh-CN" as const });
    lib.clock.set("2026-09-09T10:00:00+08:00"); // the 08:00 slot runs two hours late
    const late = await runJob(lib, "activity-notices", at("2026-09-09T08:00:00+08:00"));
    expect(late).toMatchObject({ status: "done", summary: { started: 1 } });
    lib.clock.set("2026-09-10T08:00:00+08:00");
    const next = await runJob(lib, "activity-notices", at("2026-09-10T08:00:00+08:00"));
    expect(next).toMatchObject({ status: "done", summary: { started: 0, enqueued: 0 } });
  });
});
