// A process of the schedule race test: on the database in argv, starting at the given
// instant, either runs one job for one slot ("slot", the default) or, with the clock at that
// instant, looks at the ledger once as the schedule does ("due"); prints the outcome as JSON.
import { SchoolCalendar } from "../../src/core/calendar.ts";
import { defaultPolicy, scheduleSchema } from "../../src/core/policy.ts";
import { openDb } from "../../src/db/client.ts";
import { runJob } from "../../src/jobs/run-job.ts";
import type { RunOutcome } from "../../src/jobs/run-job.ts";
import { runDue } from "../../src/jobs/schedule.ts";

const [url = "", at = "", startAt = "0", mode = "slot"] = process.argv.slice(2);
const db = await openDb(url);
const lib = {
  db,
  policy: defaultPolicy,
  calendar: new SchoolCalendar([], [6, 7], []),
  timezone: "Asia/Shanghai",
  now: () => new Date(at),
};
await new Promise((r) => setTimeout(r, Math.max(0, Number(startAt) - Date.now())));
const defaultLocale = "zh-CN";

async function lookOnce(): Promise<RunOutcome["status"]> {
  const schedule = scheduleSchema.parse({});
  const due = await runDue({ lib, schedule, defaultLocale, jobs: ["daily-reminders"] });
  return due.ran.length > 0 ? "done" : "taken";
}

const outcome: { status: string; error?: string } =
  mode === "due"
    ? { status: await lookOnce() }
    : await runJob(lib, "daily-reminders", { slot: new Date(at), defaultLocale });
process.stdout.write(
  `${JSON.stringify({ status: outcome.status, ...(outcome.error ? { error: outcome.error } : {}) })}\n`,
);
await db.$disconnect();
