import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { FakeBotApi } from "../test/adapters/telegram/fake-bot-api.ts";
import { privateChat, user } from "../test/adapters/telegram/fake-updates.ts";
import { targets } from "./case-result.ts";
import type { CaseResult } from "./case-result.ts";
import { idleTelegramUserId } from "./idle-members.ts";
import { buildProbe } from "./probe-build.ts";
import { copySchool } from "./school.ts";
import { startNodeFlags } from "./start-flags.ts";
import { quantile, round3 } from "./stats.ts";

const repoRoot = join(import.meta.dirname, "..");

export interface IdleCaseOptions {
  runs: number;
  /** How long the probe idles after its last answer before it reads its memory (the target). */
  idleMs: number;
  /**
   * How much longer it then idles before a second reading, beside the target: what the process
   * settles at once V8's memory reducer (8 s after the last allocations) has run. 0: none.
   */
  settleMs?: number;
  /** Node flags of the probe; by default those `npm start` runs the bot with. */
  nodeFlags?: string[];
}

export const fullIdleCase: IdleCaseOptions = { runs: 3, idleMs: 5000, settleMs: 10_000 };

/** What the Telegram parent sends through the fake Bot API (a search, then their loans). */
const telegramTexts = ["xyj", "我的"];

interface Memory {
  rssMiB: number;
  heapUsedMiB: number;
  /** V8's heap pages in memory (used or not): what the heap costs in RSS. */
  heapCommittedMiB: number;
  externalMiB: number;
}

interface Stage extends Memory {
  stage: string;
}

/** One probe process: its steps, its idle memory (and after a forced GC), what it loaded. */
export interface IdleRun {
  stages: Stage[];
  idle: Memory;
  /** The memory `settleMs` after the idle reading, without a forced GC (null: not read). */
  settled: Memory | null;
  afterGc: Memory | null;
  spaces: { space: string; usedMiB: number; committedMiB: number }[];
  catalogue: { titles: number; textChars: number };
  wechatReplies: number;
  telegramReplies: number;
  /** From spawn to both adapters serving (the POLLING line). */
  servingMs: number;
}

/** Sends the Telegram texts through the fake and waits until the bot answered each. */
async function talkOnTelegram(api: FakeBotApi): Promise<number> {
  const parent = user(idleTelegramUserId, "演示家长");
  for (const text of telegramTexts) api.push(api.text(parent, privateChat(parent), text));
  const enough = () => api.sentTo(parent.id).length >= telegramTexts.length;
  await api.waitFor(enough, 15_000);
  return api.sentTo(parent.id).length;
}

/** Runs the compiled `probe` once on `file` (a fresh copy) against a fake Bot API of its own. */
export async function idleProbeOnce(
  probe: string,
  file: string,
  idleMs: number,
  nodeFlags: string[] = startNodeFlags(),
  settleMs = 0,
): Promise<IdleRun> {
  const api = await FakeBotApi.start();
  try {
    return await new Promise<IdleRun>((resolve, reject) => {
      const t0 = performance.now();
      const times = [String(idleMs), String(settleMs)];
      const args = [...nodeFlags, "--expose-gc", probe, file, api.apiRoot, ...times];
      const child = spawn(process.execPath, args, {
        cwd: repoRoot,
        stdio: ["pipe", "pipe", "inherit"],
      });
      const run: Partial<IdleRun> = { stages: [] };
      createInterface({ input: child.stdout }).on("line", (line) => {
        const [word = "", ...rest] = line.split(" ");
        const json = rest.join(" ");
        if (word === "STAGE") run.stages?.push(JSON.parse(json) as Stage);
        if (word === "IDLE") Object.assign(run, JSON.parse(json));
        if (word !== "POLLING") return;
        run.servingMs = performance.now() - t0;
        talkOnTelegram(api).then((n) => {
          run.telegramReplies = n;
          child.stdin.end("SENT\n");
        }, reject);
      });
      child.on("error", reject);
      child.on("close", (code) => {
        if (code === 0 && run.idle) resolve(run as IdleRun);
        else reject(new Error(`idle probe exited with ${code} (${JSON.stringify(run)})`));
      });
    });
  } finally {
    await api.close();
  }
}

const p50 = (xs: number[]) => quantile(xs, 0.5);
const max = (xs: number[]) => Math.max(...xs);

/** Each step's memory, the median over the runs. */
function stageTable(runs: IdleRun[]) {
  return (runs[0]?.stages ?? []).map((s, i) => {
    const at = (k: keyof Memory) => p50(runs.map((r) => r.stages[i]?.[k] ?? Number.NaN));
    const fields = ["rssMiB", "heapUsedMiB", "heapCommittedMiB", "externalMiB"] as const;
    return { stage: s.stage, ...Object.fromEntries(fields.map((k) => [k, at(k)])) };
  });
}

/** The heap spaces of the median run (by idle RSS), before the forced GC. */
function medianSpaces(runs: IdleRun[]): IdleRun["spaces"] {
  const sorted = [...runs].sort((a, b) => a.idle.rssMiB - b.idle.rssMiB);
  return sorted[Math.floor((sorted.length - 1) / 2)]?.spaces ?? [];
}

/** The second reading (see `settleMs`), beside the target; none when it was not taken. */
function settledDetails(runs: IdleRun[], opts: IdleCaseOptions) {
  if (!opts.settleMs) return {};
  const at = (k: keyof Memory) => runs.map((r) => r.settled?.[k] ?? Number.NaN);
  return {
    settledAfterS: (opts.idleMs + opts.settleMs) / 1000,
    settledRssP50MiB: p50(at("rssMiB")),
    settledRssMaxMiB: max(at("rssMiB")),
    settledHeapUsedP50MiB: p50(at("heapUsedMiB")),
  };
}

/**
 * Idle memory with both adapters on fakes: `runs` fresh processes, each on a fresh copy of
 * `school` at `work`, serving WeChat (mock puppet) and Telegram (fake Bot API), answering a
 * few messages on each, then idling. The target is on the idle RSS without a forced GC (what
 * the process holds in practice); the RSS after a forced GC and the heap are beside it.
 */
export async function runIdleCase(
  school: string,
  work: string,
  opts: IdleCaseOptions = fullIdleCase,
): Promise<CaseResult> {
  const nodeFlags = opts.nodeFlags ?? startNodeFlags();
  const probe = await buildProbe("bench/idle-probe.ts", dirname(work));
  const runs: IdleRun[] = [];
  for (let i = 0; i < opts.runs; i++) {
    copySchool(school, work);
    runs.push(await idleProbeOnce(probe, work, opts.idleMs, nodeFlags, opts.settleMs));
  }
  const rss = runs.map((r) => r.idle.rssMiB);
  const limitMiB = (targets.idleRssMB * 1e6) / 2 ** 20;
  const serving = runs.map((r) => r.servingMs);
  return {
    name: "idle memory, both adapters on fakes",
    target: `≤ ${targets.idleRssMB} MB (${limitMiB.toFixed(1)} MiB) RSS`,
    met: max(rss) <= limitMiB,
    p50Ms: round3(p50(serving)),
    p99Ms: round3(max(serving)),
    peakRssMiB: max(runs.flatMap((r) => [r.idle.rssMiB, ...r.stages.map((s) => s.rssMiB)])),
    runs: opts.runs,
    samples: runs.length,
    note:
      `Idle RSS (no forced GC) p50 ${p50(rss)} MiB, max ${max(rss)} MiB, after ${opts.idleMs / 1000} s ` +
      "idle (the target). p50/p99 columns: ms from spawn to both adapters serving (p99 is the max).",
    details: {
      nodeFlags,
      idleRssP50MiB: p50(rss),
      idleRssMaxMiB: max(rss),
      idleHeapUsedP50MiB: p50(runs.map((r) => r.idle.heapUsedMiB)),
      idleHeapCommittedP50MiB: p50(runs.map((r) => r.idle.heapCommittedMiB)),
      ...settledDetails(runs, opts),
      afterGcRssP50MiB: p50(runs.map((r) => r.afterGc?.rssMiB ?? Number.NaN)),
      afterGcHeapUsedP50MiB: p50(runs.map((r) => r.afterGc?.heapUsedMiB ?? Number.NaN)),
      afterGcHeapCommittedP50MiB: p50(runs.map((r) => r.afterGc?.heapCommittedMiB ?? Number.NaN)),
      externalP50MiB: p50(runs.map((r) => r.idle.externalMiB)),
      catalogueTitles: runs[0]?.catalogue.titles,
      catalogueTextChars: runs[0]?.catalogue.textChars,
      repliesTelegramWechat: [runs[0]?.telegramReplies, runs[0]?.wechatReplies],
      stages: stageTable(runs),
      heapSpaces: medianSpaces(runs),
    },
  };
}
