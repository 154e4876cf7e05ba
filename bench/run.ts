import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { pendingCases } from "./case-result.ts";
import type { CaseResult } from "./case-result.ts";
import { runFuzzCase } from "./fuzz-case.ts";
import { runIdleCase } from "./idle-case.ts";
import { describeCommit, describeMachine, loadAverage } from "./machine.ts";
import { writeReports } from "./report.ts";
import type { BenchResults } from "./report.ts";
import {
  asPgCase,
  buildPgSchool,
  freshPgDatabase,
  pgNotRun,
  pgServerUrl,
  pgUnreachable,
} from "./pg-bench.ts";
import { processesCaseName, processesTarget } from "./processes-case.ts";
import { asScaledCase, schoolBuildCase, schoolBuildName, withGrowth } from "./scale.ts";
import {
  bigScale,
  copySchool,
  dataDir,
  ensureSchool,
  fullSchool,
  scaledSchool,
  schoolFile,
} from "./school.ts";
import { startNodeFlags } from "./start-flags.ts";
import { repoRoot, runStartupCase } from "./startup-case.ts";

/**
 * `npm run bench`: the school, then each case in a process of its own, then
 * bench/results.json and bench/README.md. Progress goes to stderr. `npm run bench -- --only
 * dialog,pg-dialog` runs those steps only and keeps the other cases of the last results;
 * `--only scale` runs the cases on the 4× school only (search4x, dialog4x, delivery4x).
 */
const benchDir = import.meta.dirname;
const school = schoolFile(1);
const school4x = schoolFile(bigScale);
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/** Runs a bench script under tsx that prints its case (or cases) as JSON on stdout. */
function jsonProcess(script: string, scriptArgs: string[]): Promise<CaseResult[]> {
  return new Promise((resolve, reject) => {
    const args = [...startNodeFlags(), "--import", "tsx", join(benchDir, script), ...scriptArgs];
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve([JSON.parse(out) as CaseResult | CaseResult[]].flat());
      else reject(new Error(`${script} exited with ${code}`));
    });
  });
}

/**
 * Runs bench/delivery.ts (reminder job, sender rate; with `pg`, the sender rate on PostgreSQL
 * too), which prints its results as JSON.
 */
const deliveryProcess = (pg: boolean) => jsonProcess("delivery.ts", pg ? ["--pg"] : []);

/** The reminder job alone on the 4× school (bench/delivery.ts --scale 4 --reminders-only). */
const reminders4xProcess = () =>
  jsonProcess("delivery.ts", ["--scale", String(bigScale), "--reminders-only"]);

/** Runs bench/processes-case.ts (three serving processes, one broadcast) on SQLite or `pg`. */
const processesProcess = (pg?: string) => jsonProcess("processes-case.ts", pg ? ["--pg", pg] : []);

/** Runs `bench/case-process.ts <name> <file>` and reads its RESULT line. */
function caseProcess(name: string, file: string): Promise<CaseResult[]> {
  return new Promise((resolve, reject) => {
    const script = join(benchDir, "case-process.ts");
    const child = spawn(
      process.execPath,
      [...startNodeFlags(), "--import", "tsx", script, name, file],
      {
        cwd: repoRoot,
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let result: CaseResult[] | undefined;
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (line.startsWith("RESULT ")) result = [JSON.parse(line.slice(7)) as CaseResult].flat();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0 && result) resolve(result);
      else reject(new Error(`case ${name} exited with ${code}`));
    });
  });
}

/** The dialog case names, as bench/dialog-result.ts writes them (for the lines not run). */
const dialogCases = [
  "dialog turn through the inbound gate (what a message costs)",
  "dialog turn, Bot.handle alone (no gate)",
];

/**
 * The dialog case on PostgreSQL: the same school built in a fresh database, the same chats and
 * script; only the product's lines are kept (the peers ran beside SQLite's already; this run's
 * ratio to them is in the details). The database is dropped after.
 */
async function pgDialogCases(): Promise<CaseResult[]> {
  const pg = await freshPgDatabase();
  try {
    const t0 = performance.now();
    await buildPgSchool(pg.url, fullSchool);
    const buildMs = Math.round(performance.now() - t0);
    log(`school built on PostgreSQL in ${(buildMs / 1000).toFixed(1)} s`);
    const results = await caseProcess("dialog", pg.url);
    return results
      .filter((c) => dialogCases.includes(c.name))
      .map((c) => asPgCase({ ...c, details: { ...c.details, schoolBuildMs: buildMs } }));
  } finally {
    await pg.drop();
  }
}

/** The dialog case on a fresh copy of the 4× school: the product's lines, marked "at 4×". */
async function dialog4xCases(): Promise<CaseResult[]> {
  const file = join(dataDir, `dialog-${bigScale}x.db`);
  copySchool(school4x, file);
  const results = await caseProcess("dialog", file);
  return results.filter((c) => dialogCases.includes(c.name)).map((c) => asScaledCase(c));
}

async function timedStep<T>(label: string, step: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  log(`${label} …`);
  const out = await step();
  log(`${label} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return out;
}

/** Runs a case step and notes the 1-minute load average before and after it on each result. */
async function caseStep(
  label: string,
  step: () => Promise<CaseResult | CaseResult[]>,
): Promise<CaseResult[]> {
  const before = loadAverage()[0];
  const measuredAt = new Date().toISOString().slice(0, 16);
  const results = [await timedStep(label, step)].flat();
  const loadAvg1m = [before, loadAverage()[0]];
  return results.map((r) => ({ ...r, details: { ...r.details, loadAvg1m, measuredAt } }));
}

/** The results so far, written after every case: a run cut short keeps what it measured. */
function snapshot(
  head: Omit<BenchResults, "cases" | "loadAvgAtEnd" | "totalSeconds">,
  cases: CaseResult[],
  started: number,
): BenchResults {
  return {
    ...head,
    loadAvgAtEnd: loadAverage(),
    totalSeconds: Math.round((performance.now() - started) / 1000),
    cases,
  };
}

/** `--only a,b`: run these steps only, keeping the other cases of bench/results.json. */
const steps = [
  "dialog",
  "pg-dialog",
  "search",
  "startup",
  "idle",
  "delivery",
  "processes",
  "fuzz",
  "search4x",
  "dialog4x",
  "delivery4x",
] as const;
type Step = (typeof steps)[number];

/** Names `--only` takes for several steps. */
const groups: Record<string, Step[]> = { scale: ["search4x", "dialog4x", "delivery4x"] };

function chosenSteps(): Set<Step> {
  const { values } = parseArgs({ options: { only: { type: "string" } } });
  if (values.only === undefined) return new Set(steps);
  const picked = values.only.split(",").flatMap((s) => groups[s.trim()] ?? [s.trim()]);
  const unknown = picked.filter((s) => !(steps as readonly string[]).includes(s));
  if (unknown.length > 0) {
    const known = [...steps, ...Object.keys(groups)].join(", ");
    throw new Error(`--only: unknown ${unknown.join(", ")}; one of ${known}`);
  }
  return new Set(picked as Step[]);
}

const scaleSteps: readonly Step[] = groups["scale"] ?? [];

/** The last run's results, for a run of some steps only. */
function earlierResults(): BenchResults | undefined {
  const file = join(benchDir, "results.json");
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, "utf8")) as BenchResults;
}

async function main(): Promise<BenchResults> {
  const started = performance.now();
  const only = chosenSteps();
  const machine = describeMachine();
  const built = await timedStep("school (build or reuse)", () => ensureSchool(school));
  log(built.built ? "school built" : "school reused");
  const earlier = only.size < steps.length ? earlierResults() : undefined;
  let cases: CaseResult[] = earlier?.cases ?? [];
  const upsert = (c: CaseResult) => {
    const at = cases.findIndex((old) => old.name === c.name);
    if (at >= 0) cases[at] = c;
    else cases.push(c);
  };
  let school4xRecord = earlier?.school4x;
  if (scaleSteps.some((s) => only.has(s))) {
    const load0 = loadAverage()[0] ?? 0;
    const big = await timedStep(`${bigScale}× school (build or reuse)`, () =>
      ensureSchool(school4x, scaledSchool(bigScale)),
    );
    log(big.built ? `${bigScale}× school built` : `${bigScale}× school reused`);
    school4xRecord = {
      ...scaledSchool(bigScale),
      built: big.built,
      buildMs: big.buildMs,
      buildCpuMs: big.buildCpuMs,
    };
    if (big.built || !cases.some((c) => c.name === schoolBuildName))
      upsert(schoolBuildCase(big, [load0, loadAverage()[0] ?? 0]));
  }
  const head = {
    machine,
    ...describeCommit(repoRoot),
    at: new Date().toISOString(),
    school: { ...fullSchool, built: built.built, buildMs: Math.round(built.ms) },
    ...(school4xRecord ? { school4x: school4xRecord } : {}),
    pending: pendingCases,
    ...(only.size < steps.length ? { stepsRun: [...only] } : {}),
  };
  const add = async (step: Step, label: string, run: () => Promise<CaseResult | CaseResult[]>) => {
    if (!only.has(step)) return;
    for (const c of await caseStep(label, run)) upsert(c);
    cases = withGrowth(cases);
    await writeReports(benchDir, snapshot(head, cases, started));
  };
  const dialogDb = join(dataDir, "dialog.db");
  if (only.has("dialog")) copySchool(school, dialogDb);
  await add("dialog", "dialog turns and peers", () => caseProcess("dialog", dialogDb));
  const pgDown = await pgUnreachable();
  if (pgDown) log(`PostgreSQL cases not run: ${pgDown}`);
  await add("pg-dialog", "dialog turns on PostgreSQL", async () =>
    pgDown ? dialogCases.map((n) => pgNotRun(n, "as on SQLite", pgDown)) : pgDialogCases(),
  );
  await add("search", "search", () => caseProcess("search", school));
  const startupDb = join(dataDir, "startup.db");
  await add("startup", "start-up", () => {
    copySchool(school, startupDb);
    return runStartupCase(startupDb);
  });
  const idleDb = join(dataDir, "idle.db");
  await add("idle", "idle memory", () => runIdleCase(school, idleDb));
  await add("delivery", "delivery", () => deliveryProcess(true));
  await add("processes", "broadcast by three processes", async () => [
    ...(await processesProcess()),
    ...(pgDown
      ? [pgNotRun(processesCaseName, processesTarget, pgDown)]
      : await processesProcess(pgServerUrl)),
  ]);
  await add("fuzz", "fuzz", () => runFuzzCase());
  await add("search4x", `search at ${bigScale}×`, async () =>
    (await caseProcess("search", school4x)).map((c) => asScaledCase(c)),
  );
  await add("dialog4x", `dialog turns at ${bigScale}×`, dialog4xCases);
  await add("delivery4x", `reminder job at ${bigScale}×`, reminders4xProcess);
  return snapshot(head, cases, started);
}

const results = await main();
await writeReports(benchDir, results);
for (const c of results.cases) {
  const rate = c.throughputPerS === undefined ? "" : `, ${c.throughputPerS}/s`;
  log(`${c.met ? "met   " : "MISSED"} ${c.name}: p50 ${c.p50Ms} ms, p99 ${c.p99Ms} ms${rate}`);
}
log("wrote bench/results.json and bench/README.md");
