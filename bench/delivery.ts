// `node --import tsx bench/delivery.ts [--students N | --scale 4] [--reminders-only] [--recipients N]`:
// the daily reminder job on the demo school (with `--scale 4`, on the school four times the
// issue's, its line marked "at 4×") and the outbox sender against a fake Bot API enforcing
// 30 msg/s; prints JSON (a list of CaseResult) on stdout.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openLibrary } from "../src/bootstrap.ts";
import type { CaseResult } from "./case-result.ts";
import {
  bindEveryPupil,
  reminderResult,
  runBroadcastRate,
  runReminderOnce,
} from "./delivery-case.ts";
import { asPgCase, freshPgDatabase, pgNotRun, pgUnreachable } from "./pg-bench.ts";
import { asScaledCase } from "./scale.ts";
import {
  benchConfig,
  bigScale,
  copySchool,
  dataDir,
  ensureSchool,
  fullSchool,
  scaledSchool,
  schoolFile,
} from "./school.ts";
import { RssSampler } from "./stats.ts";

const { values } = parseArgs({
  options: {
    students: { type: "string" },
    /** The school this many times the (its own file, built or reused today). */
    scale: { type: "string", default: "1" },
    /** The reminder job only (the broadcast does not depend on the school's size). */
    "reminders-only": { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    recipients: { type: "string", default: "3000" },
    /** Also the broadcast on PostgreSQL (a fresh database), or a line saying why it did not run. */
    pg: { type: "boolean", default: false },
  },
});
const scale = Number(values.scale);
if ((scale !== 1 && scale !== bigScale) || (scale !== 1 && values.students))
  throw new Error(`--scale: 1 or ${bigScale}, without --students`);
const size = values.students
  ? { ...fullSchool, students: Number(values.students) }
  : scaledSchool(scale);
const log = (line: string) => process.stderr.write(`[delivery] ${line}\n`);

async function reminders(school: string): Promise<CaseResult> {
  const times: { ms: number; cpuMs: number }[] = [];
  let summary: Record<string, unknown> = {};
  let bound = 0;
  const rss = new RssSampler();
  for (let run = 0; run <= Number(values.runs); run++) {
    const file = join(dataDir, scale === 1 ? "delivery.db" : `delivery-${scale}x.db`);
    copySchool(school, file);
    const lib = await openLibrary(benchConfig(file));
    try {
      bound = await bindEveryPupil(lib);
      const r = await runReminderOnce(lib);
      if (run > 0) times.push(r);
      summary = r.summary;
      log(`reminder run ${run}${run === 0 ? " (warm-up)" : ""}: ${r.ms.toFixed(0)} ms`);
    } finally {
      await lib.db.$disconnect();
    }
  }
  const result = reminderResult(times, summary, rss.stop(), bound, scale);
  return scale === 1 ? result : asScaledCase(result);
}

async function rate(): Promise<CaseResult> {
  const file = join(dataDir, "delivery-rate.db");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  const lib = await openLibrary(benchConfig(file));
  try {
    return await runBroadcastRate(lib, Number(values.recipients));
  } finally {
    await lib.db.$disconnect();
  }
}

/** The broadcast on a fresh PostgreSQL database, dropped after; not run without a server. */
async function pgRate(): Promise<CaseResult> {
  const down = await pgUnreachable();
  const name = "broadcast rate (Telegram, fake API enforcing 30 msg/s)";
  if (down) return pgNotRun(name, "≥ 28 msg/s, no 429 from the API", down);
  const pg = await freshPgDatabase();
  try {
    const lib = await openLibrary(benchConfig(pg.url));
    try {
      return asPgCase(await runBroadcastRate(lib, Number(values.recipients)));
    } finally {
      await lib.db.$disconnect();
    }
  } finally {
    await pg.drop();
  }
}

const school = values.students ? join(dataDir, `school-${size.students}.db`) : schoolFile(scale);
const built = await ensureSchool(school, size);
log(built.built ? `school built in ${(built.ms / 1000).toFixed(0)} s` : "school reused");
const results = [await reminders(school)];
if (!values["reminders-only"]) results.push(await rate(), ...(values.pg ? [await pgRate()] : []));
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
