import { spawn, spawnSync } from "node:child_process";
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
  /** CPU time (user + system, all threads) of the probe's process up to READY. */
  cpuReadyMs: number;
  firstReplyMs: number;
  rssMiB: number;
}

/** A timed start: the probe's run and, before it, `npm start`'s prestart check (wall ms). */
type StartRun = ProbeRun & { prestartMs: number };

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
        Object.assign(run, { readyMs: performance.now() - t0, selfReadyMs: +a, cpuReadyMs: +b });
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
 * What `npm start` runs before the bot: `prestart`, the check that dist/ is current (built once
 * before the runs, so this is the check alone). Its milliseconds count in the start-up.
 */
function prestart(): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(repoRoot, "scripts/ensure-build.js")], {
    cwd: repoRoot,
    stdio: "ignore",
  });
  if (r.status !== 0)
    throw new Error(`npm start's prestart (ensure-build) exited with ${r.status}`);
  return performance.now() - t0;
}

/**
 * Start-up to ready without platform login, as `npm start` runs it (prestart's check included): a fresh process each run, from spawn to a Bot with
 * every dialog over the opened library. The first answer (which loads the catalogue index) is
 * reported beside it. Peak memory is the probe's own RSS after that first answer.
 */
export async function runStartupCase(
  file: string,
  opts: StartupCaseOptions = fullStartupCase,
): Promise<CaseResult> {
  const probe = await buildProbe("bench/startup-probe.ts", dirname(file));
  prestart(); // builds dist/ once if the sources changed; the timed runs only check it
  for (let i = 0; i < opts.warmups; i++) await probeOnce(probe, file);
  const runs: StartRun[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const check = prestart();
    const run = await probeOnce(probe, file);
    runs.push({ ...run, readyMs: run.readyMs + check, prestartMs: check });
  }
  const ready = runs.map((r) => r.readyMs);
  const max = Math.max(...ready);
  return {
    name: "start-up to ready, prestart included (no platform login)",
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
      // CPU does not grow with the machine's load as the wall time does.
      cpuToReadyP50Ms: round3(
        quantile(
          runs.map((r) => r.cpuReadyMs),
          0.5,
        ),
      ),
      prestartP50Ms: round3(
        quantile(
          runs.map((r) => r.prestartMs),
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
