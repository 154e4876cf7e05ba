import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCalendar, openLibrary } from "../src/bootstrap.ts";
import type { Library } from "../src/core/library.ts";
import { buildDemoSchool } from "../src/demo/build.ts";
import { dialogAreas } from "../src/dialogs/areas.ts";
import { Bot } from "../src/dialogs/bot.ts";
import { fuzzRole, fuzzRoles } from "../test/hardening/fuzz/runner.ts";
import type { FuzzExample, FuzzRole } from "../test/hardening/fuzz/runner.ts";
import { prepareFuzzSchool } from "../test/hardening/fuzz/school-facts.ts";
import type { FuzzSchool } from "../test/hardening/fuzz/school-facts.ts";
import { dataDir, benchConfig } from "./school.ts";

/**
 * `tsx bench/fuzz.ts [INPUTS_PER_ROLE]`: fuzzes Bot.handle as every role of
 * test/hardening/fuzz.test.ts until each has had INPUTS_PER_ROLE messages (default 10 000),
 * on the default demo school with the clock of the tests, and writes bench/fuzz-results.json
 * (runs, inputs, failures, duration per role, with the first failing inputs). Progress on
 * stderr. Exit code 1 when any run failed.
 */
const perRole = Number(process.argv[2] ?? 10_000);
const chunk = 250;
const file = join(dataDir, "fuzz.db");
const log = (line: string) => process.stderr.write(`[fuzz] ${line}\n`);

interface RoleResult {
  role: FuzzRole;
  runs: number;
  inputs: number;
  failures: number;
  durationMs: number;
  examples: FuzzExample[];
}

async function openSchool(): Promise<FuzzSchool> {
  mkdirSync(dataDir, { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  const at = new Date("2026-09-09T10:00:00+08:00");
  const base = await openLibrary(benchConfig(file), () => new Date(at));
  const built = await buildDemoSchool(base);
  if (!built.ok) throw new Error(`demo school refused: ${built.code}`);
  const lib: Library = { ...base, calendar: await loadCalendar(base.db, [6, 7]) };
  return prepareFuzzSchool(lib, new Bot({ lib, areas: dialogAreas, defaultLocale: "zh-CN" }));
}

async function fuzzUntil(school: FuzzSchool, role: FuzzRole): Promise<RoleResult> {
  const r: RoleResult = { role, runs: 0, inputs: 0, failures: 0, durationMs: 0, examples: [] };
  while (r.inputs < perRole) {
    const o = await fuzzRole(school, role, { numRuns: chunk, mode: "count", keep: 3 });
    r.runs += o.runs;
    r.inputs += o.inputs;
    r.failures += o.failures;
    r.durationMs += o.durationMs;
    r.examples.push(...o.examples.slice(0, Math.max(0, 5 - r.examples.length)));
  }
  log(`${role}: ${r.inputs} inputs in ${r.runs} runs, ${r.failures} failing, ${r.durationMs} ms`);
  return r;
}

const started = performance.now();
const school = await openSchool();
const roles: RoleResult[] = [];
for (const role of fuzzRoles) roles.push(await fuzzUntil(school, role));
await school.lib.db.$disconnect();
const sum = (k: "runs" | "inputs" | "failures" | "durationMs") =>
  roles.reduce((n, r) => n + r[k], 0);
const results = {
  at: new Date().toISOString(),
  inputsPerRole: perRole,
  runs: sum("runs"),
  inputs: sum("inputs"),
  failures: sum("failures"),
  durationMs: Math.round(performance.now() - started),
  maxRssMiB: Math.round(process.resourceUsage().maxRSS / 102.4) / 10,
  roles,
};
writeFileSync(
  join(import.meta.dirname, "fuzz-results.json"),
  JSON.stringify(results, null, 2) + "\n",
);
log(`${results.inputs} inputs, ${results.failures} failing runs, ${results.durationMs} ms`);
process.exitCode = results.failures > 0 ? 1 : 0;
