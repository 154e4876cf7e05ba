// A process of the schedule race test: runs one job for one slot on the database in argv,
// starting at the given instant, and prints the outcome as JSON.
import { SchoolCalendar } from "../../src/core/calendar.ts";
import { defaultPolicy } from "../../src/core/policy.ts";
import { openDb } from "../../src/db/client.ts";
import { runJob } from "../../src/jobs/run-job.ts";

const [url = "", slot = "", startAt = "0"] = process.argv.slice(2);
const db = await openDb(url);
const lib = {
  db,
  policy: defaultPolicy,
  calendar: new SchoolCalendar([], [6, 7], []),
  timezone: "Asia/Shanghai",
  now: () => new Date(slot),
};
await new Promise((r) => setTimeout(r, Math.max(0, Number(startAt) - Date.now())));
const outcome = await runJob(lib, "daily-reminders", {
  slot: new Date(slot),
  defaultLocale: "zh-CN",
});
process.stdout.write(
  `${JSON.stringify({ status: outcome.status, ...(outcome.status === "failed" ? { error: outcome.error } : {}) })}\n`,
);
await db.$disconnect();
