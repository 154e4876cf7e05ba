import { targets } from "./case-result.ts";
import type { CaseResult } from "./case-result.ts";
import type { DialogCaseOptions } from "./dialog-case.ts";
import type { Chat } from "./dialog-scripts.ts";
import { quantile, round3 } from "./stats.ts";

type Effects = Record<
  "renewed" | "holds" | "cancelled" | "lent" | "returned" | "attemptsEach" | "deskAttempts",
  number
>;

/** What one driver or peer measured over every run: latencies, windows, writes, failures. */
export class Phase {
  readonly single: number[] = [];
  readonly loaded: number[] = [];
  readonly windows = { single: { wall: 0, cpu: 0 }, loaded: { wall: 0, cpu: 0 } };
  readonly effects: Effects = {
    ...{ renewed: 0, holds: 0, cancelled: 0, lent: 0, returned: 0 },
    ...{ attemptsEach: 0, deskAttempts: 0 },
  };
  failures = 0;
  firstFailure: string | undefined;

  fail(what: string): void {
    this.failures++;
    this.firstFailure ??= what;
  }

  addWindow(kind: "single" | "loaded", wall: number, cpu: number): void {
    this.windows[kind].wall += wall;
    this.windows[kind].cpu += cpu;
  }

  addEffects(e: Effects): void {
    for (const k of Object.keys(e) as (keyof Effects)[]) this.effects[k] += e[k];
  }

  /** CPU per turn with every chat at once: the process's CPU over the window ÷ its turns. */
  cpuPerLoadedTurn(): number {
    return this.windows.loaded.cpu / this.loaded.length;
  }
}

const r3 = (xs: number[], q: number) => round3(quantile(xs, q));

interface Meta {
  opts: DialogCaseOptions;
  chats: Chat[];
  queries: number;
  grammyCpu: number;
  telegrafCpu: number;
}

const names = {
  gate: "dialog turn through the inbound gate (what a message costs)",
  handle: "dialog turn, Bot.handle alone (no gate)",
};

/** The product's figures against every target of the issue, with the peer ratios beside them. */
export function dialogResult(mode: "gate" | "handle", p: Phase, m: Meta): CaseResult {
  const cpu = p.cpuPerLoadedTurn();
  const perS = (p.loaded.length / p.windows.loaded.wall) * 1000;
  const checks = {
    cpu: cpu <= targets.dialogCpuMs,
    peer: cpu <= targets.dialogCpuPerGrammy * m.grammyCpu,
    p50: quantile(p.single, 0.5) <= targets.dialogP50Ms,
    p99: quantile(p.single, 0.99) <= targets.dialogP99Ms,
    loadedP99: quantile(p.loaded, 0.99) <= targets.dialogLoadedP99Ms,
    perS: perS >= targets.dialogTurnsPerS,
    noFailure: p.failures === 0,
  };
  const t = targets;
  return {
    name: names[mode],
    target:
      `CPU ≤ ${t.dialogCpuMs} ms/turn and ≤ ${t.dialogCpuPerGrammy}× grammY; p50 ≤ ${t.dialogP50Ms}, ` +
      `p99 ≤ ${t.dialogP99Ms} ms one at a time; p99 ≤ ${t.dialogLoadedP99Ms} ms, ≥ ${t.dialogTurnsPerS} turns/s with 50 chats`,
    met: Object.values(checks).every(Boolean),
    p50Ms: r3(p.single, 0.5),
    p99Ms: r3(p.single, 0.99),
    throughputPerS: Math.round(perS),
    peakRssMiB: peakRss(),
    runs: m.opts.runs,
    samples: p.single.length,
    note:
      `${m.chats.length} chats (${m.opts.parents} families, ${m.opts.teachers} classes, ` +
      `${m.opts.librarians} desks), searches over ${m.queries} catalogue queries; p50/p99 one at a ` +
      `time; turns/s, CPU and loaded p50/p99 with all chats at once; CPU ÷ grammY ` +
      `${(cpu / m.grammyCpu).toFixed(1)}×, ÷ telegraf ${(cpu / m.telegrafCpu).toFixed(1)}×`,
    details: {
      checks,
      cpuMsPerTurnLoaded: round3(cpu),
      cpuMsPerTurnSingle: round3(p.windows.single.cpu / p.single.length),
      perGrammy: round3(cpu / m.grammyCpu),
      perTelegraf: round3(cpu / m.telegrafCpu),
      loadedP50Ms: r3(p.loaded, 0.5),
      loadedP99Ms: r3(p.loaded, 0.99),
      turnsLoaded: p.loaded.length,
      writesSucceeded: p.effects,
      failedTurns: p.failures,
      ...(p.firstFailure ? { firstFailure: p.firstFailure } : {}),
    },
  };
}

/** A peer's figures: the same two-step renew dialog, in memory, every chat at once. */
export function peerResult(
  name: "grammy" | "telegraf",
  p: Phase,
  grammyCpu: number,
  runs: number,
): CaseResult {
  const cpu = p.cpuPerLoadedTurn();
  return {
    name:
      name === "grammy"
        ? "peer: grammY + conversations, renew in memory"
        : "peer: telegraf WizardScene, renew in memory",
    target: "reference (no target)",
    met: true,
    p50Ms: r3(p.loaded, 0.5),
    p99Ms: r3(p.loaded, 0.99),
    throughputPerS: Math.round((p.loaded.length / p.windows.loaded.wall) * 1000),
    peakRssMiB: peakRss(),
    runs,
    samples: p.loaded.length,
    note: "all chats at once; p50/p99 under that load",
    details: { cpuMsPerTurnLoaded: round3(cpu), perGrammy: round3(cpu / grammyCpu) },
  };
}

/** The process's peak RSS as the kernel counts it: no sampler running inside the timed windows. */
export function peakRss(): number {
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}
