import type { ScheduleConfig } from "../core/policy.ts";
import { activityNotices } from "./activity-notices.ts";
import { broadcastReport } from "./broadcast-report.ts";
import { cornerOverdue } from "./corner-overdue.ts";
import type { Job } from "./context.ts";
import { dailyReminders } from "./daily-reminders.ts";
import { holdNotices } from "./hold-notices.ts";
import { leavingClearance } from "./leaving-clearance.ts";
import { monthlyRecognition } from "./monthly-recognition.ts";
import { purchaseArrivalNotices } from "./purchase-arrivals.ts";
import { nightlyBackup } from "./nightly-backup.ts";
import type { Timing } from "./slots.ts";
import { termEndRecall } from "./term-end-recall.ts";
import { visitReminder } from "./visit-reminder.ts";
import { weeklyFigures } from "./weekly-figures.ts";
import { weeklyOverdue } from "./weekly-overdue.ts";
import { weeklyRota } from "./weekly-rota.ts";

/** Schedule times (config.schedule). */
export type ScheduleTimes = ScheduleConfig;

export interface JobDefinition {
  run: Job;
  timing: (times: ScheduleTimes) => Timing;
  /** Runs are recorded in the JobRun ledger (one per slot); false for the every-minute job. */
  ledger: boolean;
}

/** Every scheduled job by its CLI name. */
export const jobs = {
  "daily-reminders": {
    run: dailyReminders,
    timing: (t) => ({ every: "day", at: t.dailyReminders }),
    ledger: true,
  },
  "hold-notices": {
    run: holdNotices,
    timing: (t) => ({ every: "day", at: t.holdNotices }),
    ledger: true,
  },
  "weekly-rota": {
    run: weeklyRota,
    timing: (t) => ({ every: "week", weekday: 1, at: t.weeklyRota }),
    ledger: true,
  },
  "weekly-overdue": {
    run: weeklyOverdue,
    timing: (t) => ({ every: "week", weekday: 1, at: t.weeklyOverdue }),
    ledger: true,
  },
  "weekly-figures": {
    run: weeklyFigures,
    timing: (t) => ({ every: "week", weekday: 5, at: t.weeklyFigures }),
    ledger: true,
  },
  "activity-notices": {
    run: activityNotices,
    timing: (t) => ({ every: "day", at: t.activityNotices }),
    ledger: true,
  },
  "term-end-recall": {
    run: termEndRecall,
    timing: (t) => ({ every: "day", at: t.termEndRecall }),
    ledger: true,
  },
  "leaving-clearance": {
    run: leavingClearance,
    timing: (t) => ({ every: "day", at: t.termEndRecall }),
    ledger: true,
  },
  "corner-overdue": {
    run: cornerOverdue,
    timing: (t) => ({ every: "day", at: t.dailyReminders }),
    ledger: true,
  },
  "visit-reminder": {
    run: visitReminder,
    timing: (t) => ({ every: "week", weekday: 4, at: t.weeklyOverdue }),
    ledger: true,
  },
  "nightly-backup": {
    run: nightlyBackup,
    timing: (t) => ({ every: "day", at: t.nightlyBackup }),
    ledger: true,
  },
  "purchase-arrivals": {
    run: purchaseArrivalNotices,
    timing: (t) => ({ every: "day", at: t.activityNotices }),
    ledger: true,
  },
  "monthly-recognition": {
    run: monthlyRecognition,
    timing: (t) => ({ every: "month", at: t.monthlyRecognition }),
    ledger: true,
  },
  "broadcast-report": { run: broadcastReport, timing: () => ({ every: "minute" }), ledger: false },
} satisfies Record<string, JobDefinition>;

export type JobName = keyof typeof jobs;

export const jobNames = Object.keys(jobs) as JobName[];

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(jobs, name);
}
