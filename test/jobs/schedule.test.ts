import { describe, expect, it } from "vitest";
import { defaultPolicy, scheduleSchema } from "../../src/core/policy.ts";
import { jobs } from "../../src/jobs/registry.ts";
import { runDue, startSchedule } from "../../src/jobs/schedule.ts";
import { testLibrary } from "../support/library.ts";

const schedule = scheduleSchema.parse({});

describe("the schedule", () => {
  it("runs what it missed within 12 hours and records older ones as skipped, once", async () => {
    // Wed 2026-09-09 19:00: reminders (17:30), holds (07:40), activities and recall (08:00) are
    // within 12 h; Monday's rota and overdue lists, last Friday's figures, the 02:30 backup and
    // the 1st's monthly recognition are not.
    const lib = await testLibrary({ at: "2026-09-09T19:00:00+08:00", policy: defaultPolicy });
    const opts = { lib, schedule, defaultLocale: "zh-CN" as const };
    const first = await runDue(opts);
    expect(first.ran.map((r) => r.job).sort()).toEqual([
      "activity-notices",
      "broadcast-report",
      "corner-overdue",
      "daily-reminders",
      "hold-notices",
      "leaving-clearance",
      "purchase-arrivals",
      "term-end-recall",
    ]);
    expect(first.skipped.map((r) => r.job).sort()).toEqual([
      "monthly-recognition",
      "nightly-backup",
      "visit-reminder",
      "weekly-figures",
      "weekly-overdue",
      "weekly-rota",
    ]);
    const runs = await lib.db.jobRun.findMany({
      orderBy: { job: "asc" },
      select: { job: true, slot: true, status: true },
    });
    expect(runs).toEqual([
      { job: "activity-notices", slot: "2026-09-09T08:00", status: "done" },
      { job: "corner-overdue", slot: "2026-09-09T17:30", status: "done" },
      { job: "daily-reminders", slot: "2026-09-09T17:30", status: "done" },
      { job: "hold-notices", slot: "2026-09-09T07:40", status: "done" },
      { job: "leaving-clearance", slot: "2026-09-09T08:00", status: "done" },
      { job: "monthly-recognition", slot: "2026-09-01T08:30", status: "skipped" },
      { job: "nightly-backup", slot: "2026-09-09T02:30", status: "skipped" },
      { job: "purchase-arrivals", slot: "2026-09-09T08:00", status: "done" },
      { job: "term-end-recall", slot: "2026-09-09T08:00", status: "done" },
      { job: "visit-reminder", slot: "2026-09-03T07:35", status: "skipped" },
      { job: "weekly-figures", slot: "2026-09-04T16:00", status: "skipped" },
      { job: "weekly-overdue", slot: "2026-09-07T07:35", status: "skipped" },
      { job: "weekly-rota", slot: "2026-09-07T07:30", status: "skipped" },
    ]);
    const seen = new Map([["broadcast-report" as const, "2026-09-09T19:00"]]);
    expect(await runDue(opts, seen)).toEqual({ ran: [], skipped: [] });
  });

  it("starts cron tasks and stops them cleanly", async () => {
    const lib = await testLibrary({ at: "2026-09-09T19:00:00+08:00" });
    const s = startSchedule({ lib, schedule, defaultLocale: "zh-CN", graceMs: 0 });
    await s.caughtUp;
    await s.stop();
    expect(await lib.db.jobRun.count({ where: { status: "done" } })).toBe(0);
    const ledgerJobs = Object.values(jobs).filter((j) => j.ledger).length;
    expect(await lib.db.jobRun.count({ where: { status: "skipped" } })).toBe(ledgerJobs);
  });
});
