import { openLibrary } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import type { Config } from "../config.ts";
import { instantOf, isIsoDate } from "../core/dates.ts";
import { findLatestRuns } from "../db/job-run-repo.ts";
import { isJobName, jobNames, jobs } from "../jobs/registry.ts";
import type { JobName } from "../jobs/registry.ts";
import { runJob } from "../jobs/run-job.ts";
import type { Timing } from "../jobs/slots.ts";
import { parseCommandArgs } from "./args.ts";
import type { CliIo, ExitCode } from "./io.ts";
import { UsageError } from "./io.ts";
import { jobLabel, summaryLines, timingText } from "./job-words.ts";
import { cliTexts } from "./texts.ts";
import type { CliTexts } from "./texts.ts";
import { displayWidth, padDisplay as pad } from "../text-width.ts";

/**
 * The slot of a manual run: an instant with a zone ("2026-09-09T17:30+08:00"), a school-time
 * "YYYY-MM-DDTHH:mm", or a date alone meaning the job's scheduled time that day.
 */
export function parseAt(raw: string, tz: string, timing: Timing, tx?: CliTexts): Date {
  const local = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2})?)?$/.exec(raw.trim());
  if (local?.[1] && isIsoDate(local[1])) {
    const clock = local[2] ?? (timing.every === "minute" ? "00:00" : timing.at);
    return instantOf(tz, local[1], clock);
  }
  const at = new Date(raw);
  if (Number.isNaN(at.getTime()) || !/[zZ]|[+-]\d{2}:?\d{2}$/.test(raw)) {
    throw new UsageError(
      tx?.badAt(raw) ?? `--at expects an ISO time like 2026-09-09T17:30, got "${raw}"`,
    );
  }
  return at;
}

function timingOf(config: Config, name: JobName): Timing {
  return jobs[name].timing(config.schedule);
}

/** A job by its name ("nightly-backup") or as `jobs list` shows it in Chinese ("每晚备份"). */
function jobByName(raw: string): JobName | undefined {
  if (isJobName(raw)) return raw;
  return jobNames.find((n) => cliTexts("zh-CN").jobNames[n] === raw.trim());
}

function parseRun(args: string[], tx: CliTexts) {
  const { values, positionals } = parseCommandArgs(tx, {
    args,
    allowPositionals: true,
    options: { at: { type: "string" }, json: { type: "boolean", default: false } },
  });
  const raw = positionals[0];
  if (raw === undefined) throw new UsageError(tx.whichJob(jobNames));
  const name = jobByName(raw);
  if (name === undefined || positionals.length !== 1) {
    throw new UsageError(tx.unknownJob(raw, jobNames));
  }
  return { name, at: values.at, json: values.json };
}

async function runCommand(args: string[], io: CliIo, tx: CliTexts): Promise<ExitCode> {
  const { name, at, json } = parseRun(args, tx);
  const config = loadConfig();
  const timing = timingOf(config, name);
  const now = new Date();
  const slot = at === undefined ? now : parseAt(at, config.SCHOOL_TIMEZONE, timing, tx);
  // A slot run early is in the ledger as done, and the schedule would skip it when it comes.
  if (at !== undefined && slot > now) throw new UsageError(tx.futureAt(at));
  const lib = await openLibrary(config);
  try {
    const outcome = await runJob(lib, name, { slot, defaultLocale: config.DEFAULT_LOCALE });
    if (json) io[outcome.status === "done" ? "out" : "err"](JSON.stringify(outcome, null, 2));
    else if (outcome.status === "done") {
      io.out(tx.jobDone(jobLabel(tx, name), outcome.slot.replace("T", " ")));
      for (const line of summaryLines(tx, outcome.summary)) io.out(line);
    } else if (outcome.status === "taken") {
      const by = tx.runStatus[outcome.by] ?? outcome.by;
      io.err(tx.jobTaken(jobLabel(tx, name), outcome.slot.replace("T", " "), by));
    } else io.err(tx.jobFailed(jobLabel(tx, name), outcome.slot, outcome.error));
    return outcome.status === "done" ? 0 : 1;
  } finally {
    await lib.db.$disconnect();
  }
}

async function listCommand(io: CliIo, tx: CliTexts): Promise<ExitCode> {
  const config = loadConfig();
  const lib = await openLibrary(config);
  try {
    const labelWidth = Math.max(...jobNames.map((n) => displayWidth(jobLabel(tx, n)))) + 1;
    for (const name of jobNames) {
      const last = jobs[name].ledger ? (await findLatestRuns(lib.db, name, 1))[0] : undefined;
      const lastText = last
        ? tx.lastRun(last.slot.replace("T", " "), tx.runStatus[last.status] ?? last.status)
        : jobs[name].ledger
          ? tx.neverRun
          : "";
      const label = jobLabel(tx, name);
      const timing = timingText(tx, timingOf(config, name));
      io.out(
        `${name.padEnd(20)} ${pad(label, labelWidth)} ${pad(timing, 14)} ${lastText}`.trimEnd(),
      );
    }
    return 0;
  } finally {
    await lib.db.$disconnect();
  }
}

/**
 * `shuxiang jobs list` and `shuxiang jobs run NAME [--at ISO-TIME] [--json]`: a run prints
 * its summary in words (or the whole outcome as JSON with `--json`).
 */
export async function jobsCommand(args: string[], io: CliIo, tx: CliTexts): Promise<ExitCode> {
  const [sub, ...rest] = args;
  if (sub === "list" && rest.length === 0) return listCommand(io, tx);
  if (sub === "run") return runCommand(rest, io, tx);
  throw new UsageError(tx.jobsUsage);
}
