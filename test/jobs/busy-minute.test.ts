import { afterEach, describe, expect, it, vi } from "vitest";
import { scheduleSchema } from "../../src/core/policy.ts";
import { startSchedule } from "../../src/jobs/schedule.ts";
import type { DeliveryLog } from "../../src/outbox/sender-options.ts";
import { testLibrary } from "../support/library.ts";

/** Four jobs set for the same minute, 17:30. */
const schedule = scheduleSchema.parse({
  dailyReminders: "17:30",
  holdNotices: "17:30",
  activityNotices: "17:30",
  termEndRecall: "17:30",
});
const fourJobs = [
  "daily-reminders",
  "hold-notices",
  "activity-notices",
  "term-end-recall",
] as const;

function busy(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // the CPU loops across the slot; no timer can fire
  }
}

const logged = () => {
  const lines: { level: string; obj: object; msg: string }[] = [];
  const at =
    (level: string) =>
    (obj: object, msg: string): void => {
      lines.push({ level, obj, msg });
    };
  const log: DeliveryLog = { info: at("info"), warn: at("warn"), error: at("error") };
  return { log, lines };
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a busy minute", () => {
  it("loses no job: every job of the slot runs once the loop is free, and the late wake is logged as JSON", async () => {
    const consoleWrites = [
      vi.spyOn(console, "warn"),
      vi.spyOn(console, "info"),
      vi.spyOn(console, "error"),
    ];
    const lib = await testLibrary({ at: "2026-09-09T17:29:58+08:00" });
    const { log, lines } = logged();
    // node-cron wakes the schedule every second here (every minute in production), so the
    // test need not wait for a real minute; the slots come from the library's clock.
    const s = startSchedule({
      lib,
      schedule,
      defaultLocale: "zh-CN",
      jobs: [...fourJobs],
      log,
      wakeCron: "* * * * * *",
    });
    await s.caughtUp;
    lib.clock.set("2026-09-09T17:30:02+08:00");
    busy(3_000);
    await vi.waitFor(
      async () => {
        const done = await lib.db.jobRun.findMany({
          where: { slot: "2026-09-09T17:30", status: "done" },
          select: { job: true },
        });
        expect(done.map((r) => r.job).sort()).toEqual([...fourJobs].sort());
      },
      { timeout: 30_000, interval: 50 },
    );
    await s.stop();
    expect(await lib.db.jobRun.count({ where: { slot: "2026-09-09T17:30" } })).toBe(4);
    const missed = lines.filter((l) => l.level === "warn" && "missed" in l.obj);
    expect(missed.length).toBeGreaterThan(0);
    expect(missed[0]?.obj).toMatchObject({ source: "node-cron", task: "shuxiang:schedule" });
    const cronText = consoleWrites.flatMap((spy) => spy.mock.calls).map((c) => String(c[0]));
    expect(cronText.filter((t) => t.includes("NODE-CRON"))).toEqual([]);
  }, 60_000);
});
