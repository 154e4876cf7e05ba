import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CaseResult } from "./case-result.ts";
import { startNodeFlags } from "./start-flags.ts";
import { round3 } from "./stats.ts";

const benchDir = import.meta.dirname;

/** What bench/fuzz.ts writes to bench/fuzz-results.json (the fields read here). */
interface FuzzResults {
  inputsPerRole: number;
  runs: number;
  inputs: number;
  failures: number;
  durationMs: number;
  maxRssMiB: number;
  roles: { role: string; inputs: number; failures: number }[];
}

/** Runs bench/fuzz.ts in a process of its own; it exits 1 when a run failed, 0 otherwise. */
function fuzzProcess(perRole: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = [...startNodeFlags(), "--import", "tsx", join(benchDir, "fuzz.ts"), `${perRole}`];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 || code === 1 ? resolve() : reject(new Error(`fuzz exited with ${code}`)),
    );
  });
}

/**
 * The fuzzing of the issue at its full count: `perRole` random and hostile inputs for every
 * role through the bot (test/hardening/fuzz.test.ts runs fewer in `npm test`). Met when no run
 * failed: no throw, no write outside the actor's scope, every reply non-empty and short enough.
 */
export async function runFuzzCase(perRole = 10_000): Promise<CaseResult> {
  await fuzzProcess(perRole);
  const r = JSON.parse(readFileSync(join(benchDir, "fuzz-results.json"), "utf8")) as FuzzResults;
  const msPerInput = round3(r.durationMs / Math.max(1, r.inputs));
  return {
    name: "fuzz through the bot, every role",
    target: `${perRole} hostile inputs per role, 0 failures`,
    met: r.failures === 0 && r.roles.every((role) => role.inputs >= perRole),
    p50Ms: msPerInput,
    p99Ms: msPerInput,
    peakRssMiB: r.maxRssMiB,
    runs: r.runs,
    samples: r.inputs,
    note: `${r.inputs} inputs in ${r.runs} runs over ${r.roles.length} roles, ${r.failures} failing; p50/p99 are the mean ms per input (bench/fuzz-results.json has the first failing inputs)`,
    details: Object.fromEntries(
      r.roles.map((role) => [role.role, `${role.inputs} inputs, ${role.failures} failing`]),
    ),
  };
}
