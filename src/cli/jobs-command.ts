import { parseArgs } from "node:util";
import { openLibrary } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import type { Config } from "../config.ts";
import { instantOf, isIsoDate } from "../core/dates.ts";
import { findLatestRuns } from "../db/job-run-repo.ts";
import { isJobName, jobNames, jobs } from "../jobs/registry.ts";
import type { JobName } from "../jobs/registry.ts";
import { runJob } from "../jobs/run-job.ts";
import { describeTiming } from "../jobs/slots.ts";
import type { Timing } from "../jobs/slots.ts";
import type { CliIo, ExitCode } from "./io.ts";
import { UsageError } from "./io.ts";

const usage = "usage: shuxiang jobs list | shuxiang jobs run NAME [--at ISO-TIME]";

/**
 * The slot of a manual run: an instant with a zone ("2026-09-09T17:30+08:00"), a school-time
 * "YYYY-MM-DDTHH:mm", or a date alone meaning the job's scheduled time that day.
 */
export function parseAt(raw: string, tz: string, timing: Timing): Date {
  const local = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2})?)?$/.exec(raw.trim());
  if (local?.[1] && isIsoDate(local[1])) {
    const clock = local[2] ?? (timing.every === "minute" ? "00:00" : timing.at);
    return instantOf(tz, local[1], clock);
  }
  const at = new Date(raw);
  if (Number.isNaN(at.getTime()) || !/[zZ]|[+-]\d{2}:?\d{2}$/.test(raw)) {
    throw new UsageError(`--at expects an ISO time like 2026-09-09T17:30, got "${raw}"`);
  }
  return at;
}

function timingOf(config: Config, name: JobName): Timing {
  return jobs[name].timing(config.schedule);
}

async function runCommand(args: string[], io: CliIo): Promise<ExitCode> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { at: { type: "string" } } });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const name = parsed.positionals[0] ?? "";
  if (!isJobName(name) || parsed.positionals.length !== 1) {
    throw new UsageError(`unknown job "${name}"; jobs: ${jobNames.join(", ")}`);
  }
  const config = loadConfig();
  const at = parsed.values.at;
  const slot =
    at === undefined ? new Date() : parseAt(at, config.SCHOOL_TIMEZONE, timingOf(config, name));
  const lib = await openLibrary(config);
  try {
    const outcome = await runJob(lib, name, { slot, defaultLocale: config.DEFAULT_LOCALE });
    if (outcome.status === "done") {
      io.out(`${name} ${outcome.slot}: done`);
      io.out(JSON.stringify(outcome.summary, null, 2));
      return 0;
    }
    if (outcome.status === "taken") {
      io.err(`${name} ${outcome.slot}: already ${outcome.by} for this slot; nothing done`);
      return 1;
    }
    io.err(`${name} ${outcome.slot}: failed: ${outcome.error}`);
    return 1;
  } finally {
    await lib.db.$disconnect();
  }
}

async function listCommand(io: CliIo): Promise<ExitCode> {
  const config = loadConfig();
  const lib = await openLibrary(config);
  try {
    for (const name of jobNames) {
      const last = jobs[name].ledger ? (await findLatestRuns(lib.db, name, 1))[0] : undefined;
      const lastText = last
        ? `last ${last.slot} ${last.status}`
        : jobs[name].ledger
          ? "never run"
          : "";
      io.out(
        `${name.padEnd(18)} ${describeTiming(timingOf(config, name)).padEnd(16)} ${lastText}`.trimEnd(),
      );
    }
    return 0;
  } finally {
    await lib.db.$disconnect();
  }
}

/** `shuxiang jobs list` and `shuxiang jobs run NAME [--at ISO-TIME]` (prints the summary). */
export async function jobsCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const [sub, ...rest] = args;
  if (sub === "list" && rest.length === 0) return listCommand(io);
  if (sub === "run") return runCommand(rest, io);
  throw new UsageError(usage);
}
