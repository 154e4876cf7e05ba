import type { Logger as CronLogger, ScheduledTask } from "node-cron";
import type { DeliveryLog } from "../outbox/sender-options.ts";

/**
 * node-cron's logger over ours: its warnings and errors become JSON log lines (its default
 * logger prints coloured text to stdout, outside the log); info and debug chatter is dropped.
 */
export function cronLogger(log: DeliveryLog | undefined, task: string): CronLogger {
  const error = (message: string | Error, err?: Error) => {
    const e = message instanceof Error ? message : err;
    const msg = message instanceof Error ? message.message : message;
    log?.error({ source: "node-cron", task, ...(e ? { err: e } : {}) }, msg);
  };
  return {
    info: () => undefined,
    debug: () => undefined,
    warn: (message) => log?.warn({ source: "node-cron", task }, message),
    error,
  };
}

/**
 * Logs node-cron's missed executions (it drops a run that starts more than a second late) at
 * warn and calls `onMissed`, so the schedule catches up at once. While a listener is attached
 * node-cron prints no warning of its own.
 */
export function onMissedWake(
  task: ScheduledTask,
  log: DeliveryLog | undefined,
  onMissed: () => void,
): void {
  task.on("execution:missed", (ctx) => {
    log?.warn(
      { source: "node-cron", task: task.name, missed: ctx.date.toISOString() },
      "schedule woke late (busy or paused process); catching up from the ledger",
    );
    onMissed();
  });
}
