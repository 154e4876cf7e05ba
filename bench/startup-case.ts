import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { targets } from "./case-result.ts";
import type { CaseResult } from "./case-result.ts";
import { buildProbe } from "./probe-build.ts";
import { startNodeFlags } from "./start-flags.ts";
import { quantile, round3 } from "./stats.ts";

export const repoRoot = join(import.meta.dirname, "..");

export interface StartupCaseOptions {
  warmups: number;
  runs: number;
}

export const fullStartupCase: StartupCaseOptions = { warmups: 1, runs: 5 };

interface ProbeRun {
  /** From spawning `node` to the READY line, as this process saw it. */
  readyMs: number;
  /** The probe's own clock (since its process started) at READY and after the first reply. */
  selfReadyMs: number;
  firstReplyMs: number;
  rssMiB: number;
}

/** Runs the compiled `probe` once in a fresh `node` process (with `npm start`'s flags) on `file`. */
export function probeOnce(probe: string, file: string): Promise<ProbeRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...startNodeFlags(), probe, file], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const run: Partial<ProbeRun> = {};
    createInterface({ input: child.stdout }).on("line", (line) => {
      const [word, a = "", b = ""] = line.split(" ");
      if (word === "READY")
        Object.assign(run, { readyMs: performance.now() - t0, selfReadyMs: +a });
      if (word === "FIRST") Object.assign(run, { firstReplyMs: +a, rssMiB: +b });
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const done = run.readyMs !== undefined && run.firstReplyMs !== undefined;
      if (code === 0 && done) resolve(run as ProbeRun);
      else reject(new Error(`startup probe exited with ${code} (${JSON.stringify(run)})`));
    });
  });
}

/**
 * Start-up to ready without platform login: a fresh process each run, from spawn to a Bot with
 * every dialog over the opened library. The first answer (which loads the catalogue index) is
 * reported beside it. Peak memory is the probe's own RSS after that first answer.
 */
export async function runStartupCase(
  file: string,
  opts: StartupCaseOptions = fullStartupCase,
): Promise<CaseResult> {
  const probe = await buildProbe("bench/startup-probe.ts", dirname(file));
  for (let i = 0; i < opts.warmups; i++) await probeOnce(probe, file);
  const runs: ProbeRun[] = [];
  for (let i = 0; i < opts.runs; i++) runs.push(await probeOnce(probe, file));
  const ready = runs.map((r) => r.readyMs);
  const max = Math.max(...ready);
  return {
    name: "start-up to ready (no platform login)",
    target: `≤ ${targets.startupMs} ms`,
    met: max <= targets.startupMs,
    p50Ms: round3(quantile(ready, 0.5)),
    p99Ms: round3(max),
    peakRssMiB: Math.max(...runs.map((r) => r.rssMiB)),
    runs: opts.runs,
    samples: runs.length,
    note: "p99 column is the max of the runs; the first search answer is in details",
    details: {
      maxMs: round3(max),
      selfReadyP50Ms: round3(
        quantile(
          runs.map((r) => r.selfReadyMs),
          0.5,
        ),
      ),
      firstReplyP50Ms: round3(
        quantile(
          runs.map((r) => r.firstReplyMs),
          0.5,
        ),
      ),
      firstReplyMaxMs: round3(Math.max(...runs.map((r) => r.firstReplyMs))),
    },
  };
}
