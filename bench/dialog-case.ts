import type { Library } from "../src/core/library.ts";
import { demoPlatform } from "../src/demo/members.ts";
import type { Bot } from "../src/dialogs/bot.ts";
import { targets } from "./case-result.ts";
import type { CaseResult } from "./case-result.ts";
import { makeChats } from "./dialog-scripts.ts";
import type { Chat } from "./dialog-scripts.ts";
import { cpuMsSince, quantile, round3, RssSampler, Samples } from "./stats.ts";

export interface DialogCaseOptions {
  /** Simulated parents (bound like demo-parent: two children) and teachers (like demo-teacher). */
  parents: number;
  teachers: number;
  /** Script cycles of every chat, concurrently, before anything is timed. */
  warmupCycles: number;
  runs: number;
  /** Script cycles of every chat per run in the concurrent (throughput) phase. */
  cyclesPerRun: number;
}

export const fullDialogCase: DialogCaseOptions = {
  parents: 40,
  teachers: 10,
  warmupCycles: 1,
  runs: 5,
  cyclesPerRun: 3,
};

/** Counts turns that threw (a dialog failed) instead of answering. */
class Tally {
  failures = 0;
  firstFailure: string | undefined;
}

async function turn(bot: Bot, chat: Chat, text: string, tally: Tally): Promise<number> {
  const inbound = { platform: demoPlatform, chatId: chat.userId, userId: chat.userId };
  const t0 = performance.now();
  try {
    await bot.handle({ ...inbound, isGroup: false, text });
  } catch (e) {
    tally.failures++;
    tally.firstFailure ??= `${text}: ${(e as Error).message}`;
  }
  return performance.now() - t0;
}

/** Every chat runs its script `cycles` times; all chats at once, each one turn at a time. */
async function concurrently(bot: Bot, chats: Chat[], cycles: number, tally: Tally) {
  const latencies: number[] = [];
  await Promise.all(
    chats.map(async (chat) => {
      for (let c = 0; c < cycles; c++) {
        for (const s of chat.script) latencies.push(await turn(bot, chat, s.text, tally));
      }
    }),
  );
  return latencies;
}

/** One cycle of every chat, one turn in the whole process at a time: latency without queueing. */
async function oneByOne(bot: Bot, chats: Chat[], tally: Tally, into: Samples): Promise<void> {
  for (const chat of chats) {
    for (const s of chat.script) {
      const cpu0 = process.cpuUsage();
      const wall = await turn(bot, chat, s.text, tally);
      into.add(s.label, { wall, cpu: cpuMsSince(cpu0) });
    }
  }
}

interface Loaded {
  latencies: number[];
  wallMs: number;
  cpuMs: number;
  perRun: number[];
}

/**
 * One dialog turn end to end through the neutral layer (Bot.handle: actor, router, replay
 * engine, core, session row). Per run: every chat's script once turn by turn (latency, p50/p99
 * over those turns), then all chats concurrently (throughput, CPU time per turn, latency under
 * load). Writes go to the database it is given: pass a copy.
 */
export async function runDialogCase(
  lib: Library,
  bot: Bot,
  opts: DialogCaseOptions = fullDialogCase,
): Promise<CaseResult> {
  const chats = await makeChats(lib, opts);
  const tally = new Tally();
  await concurrently(bot, chats, opts.warmupCycles, tally);
  const rss = new RssSampler();
  const single = new Samples();
  const loaded: Loaded = { latencies: [], wallMs: 0, cpuMs: 0, perRun: [] };
  for (let r = 0; r < opts.runs; r++) {
    single.nextRun();
    await oneByOne(bot, chats, tally, single);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const latencies = await concurrently(bot, chats, opts.cyclesPerRun, tally);
    const wall = performance.now() - t0;
    loaded.latencies.push(...latencies);
    loaded.wallMs += wall;
    loaded.cpuMs += cpuMsSince(cpu0);
    loaded.perRun.push(Math.round((latencies.length / wall) * 1000));
  }
  return dialogResult({ opts, chats, tally, single, loaded, rss: rss.stop() });
}

function dialogResult(m: {
  opts: DialogCaseOptions;
  chats: Chat[];
  tally: Tally;
  single: Samples;
  loaded: Loaded;
  rss: number;
}): CaseResult {
  const { single, loaded } = m;
  const p99 = quantile(single.wall(), 0.99);
  const throughput = (loaded.latencies.length / loaded.wallMs) * 1000;
  const cpuPerTurn = loaded.cpuMs / loaded.latencies.length;
  const met =
    m.tally.failures === 0 && p99 <= targets.dialogP99Ms && throughput >= targets.dialogTurnsPerS;
  return {
    name: "dialog turn (search, mine, renew, reserve, overdue)",
    target: `p99 ≤ ${targets.dialogP99Ms} ms, ≥ ${targets.dialogTurnsPerS} turns/s on one core`,
    met,
    p50Ms: round3(quantile(single.wall(), 0.5)),
    p99Ms: round3(p99),
    throughputPerS: Math.round(throughput),
    peakRssMiB: m.rss,
    runs: m.opts.runs,
    samples: single.size,
    note:
      `${m.chats.length} chats (${m.opts.parents} parents, ${m.opts.teachers} teachers); ` +
      `p50/p99 over turns one at a time; turns/s with all chats at once`,
    details: {
      cpuP50Ms: round3(quantile(single.cpu(), 0.5)),
      cpuP99Ms: round3(quantile(single.cpu(), 0.99)),
      p99MsPerRun: single.perRun(0.99),
      turnsConcurrent: loaded.latencies.length,
      turnsPerSPerRun: loaded.perRun,
      cpuMsPerTurnConcurrent: round3(cpuPerTurn),
      turnsPerCpuSecond: Math.round(1000 / cpuPerTurn),
      concurrentP50Ms: round3(quantile(loaded.latencies, 0.5)),
      concurrentP99Ms: round3(quantile(loaded.latencies, 0.99)),
      failedTurns: m.tally.failures,
      ...(m.tally.firstFailure ? { firstFailure: m.tally.firstFailure } : {}),
      bySteps: single.byKey("step"),
    },
  };
}
