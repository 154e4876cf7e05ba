import { Telegram } from "telegraf";
import { createTelegramSender } from "../adapters/telegram/sender.ts";
import type { Library } from "../src/core/library.ts";
import { dailyReminders } from "../src/jobs/daily-reminders.ts";
import { defaultJobSettings } from "../src/jobs/context.ts";
import { startDelivery } from "../src/outbox/delivery.ts";
import { enqueue } from "../src/outbox/queue.ts";
import type { CaseResult } from "./case-result.ts";
import { targets } from "./case-result.ts";
import { LimitedBotApi } from "./limited-bot-api.ts";
import { cpuMsSince, round3, RssSampler } from "./stats.ts";

/**
 * Gives every pupil of the demo school a parent account on Telegram (siblings share none, so
 * each pupil's notices go to a chat of their own) — what a fully bound school looks like.
 */
export async function bindEveryPupil(lib: Library): Promise<number> {
  const pupils = await lib.db.patron.findMany({ where: { role: "student" }, select: { id: true } });
  await lib.db.chatMember.createMany({
    data: pupils.map((p) => ({ platform: "telegram", userId: String(1_000_000 + p.id) })),
  });
  const members = await lib.db.chatMember.findMany({
    where: { platform: "telegram" },
    select: { id: true, userId: true },
  });
  await lib.db.binding.createMany({
    data: members.map((m) => ({
      memberId: m.id,
      kind: "guardian",
      patronId: Number(m.userId) - 1_000_000,
    })),
  });
  return members.length;
}

/** Times one daily reminder run (levels, due-soon and overdue digests, enqueue) on `lib`. */
export async function runReminderOnce(
  lib: Library,
): Promise<{ ms: number; cpuMs: number; summary: Record<string, unknown> }> {
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const summary = await dailyReminders(lib, {
    slot: lib.now(),
    previousSlot: null,
    previousRunAt: null,
    defaultLocale: "zh-CN",
    enqueue,
    settings: defaultJobSettings,
  });
  return { ms: performance.now() - started, cpuMs: cpuMsSince(cpu0), summary };
}

const mib = (mb: number) => Math.round(((mb * 1e6) / 2 ** 20) * 10) / 10;

/**
 * The target for the reminder job on a school `scale` times the 2 000-pupil one:
 * ≤ 2 s and ≤ 256 MB at 1×, ≤ 5 s at 4× (no memory target there; its peak is reported).
 */
function reminderTarget(scale: number, slowestMs: number, rssMiB: number) {
  if (scale === 1) {
    return {
      target: `≤ ${targets.reminderMs / 1000} s and ≤ ${targets.reminderRssMB} MB (${mib(targets.reminderRssMB)} MiB) peak RSS`,
      met: slowestMs <= targets.reminderMs && rssMiB <= mib(targets.reminderRssMB),
    };
  }
  return { target: `≤ ${targets.reminder4xMs / 1000} s`, met: slowestMs <= targets.reminder4xMs };
}

/** The reminder runs (after a warm-up) as a case; `scale` picks the target. */
export function reminderResult(
  runs: { ms: number; cpuMs: number }[],
  summary: Record<string, unknown>,
  rss: number,
  bound: number,
  scale = 1,
): CaseResult {
  const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
  const slowest = sorted.at(-1) ?? 0;
  const cpu = runs.reduce((sum, r) => sum + r.cpuMs, 0) / Math.max(1, runs.length);
  return {
    name: "daily reminder job",
    ...reminderTarget(scale, slowest, rss),
    p50Ms: round3(sorted[Math.floor(sorted.length / 2)] ?? 0),
    p99Ms: round3(slowest),
    peakRssMiB: rss,
    runs: runs.length,
    samples: runs.length,
    note: "one run per fresh copy of the school; p99 is the slowest run; peak RSS is the process's while it binds every pupil and runs the job",
    details: { cpuMsPerRun: round3(cpu), boundParents: bound, ...summary },
  };
}

/**
 * Sends `count` broadcast rows through the real Telegram send port and the outbox sender
 * (default pacing: 30 msg/s) to a local Bot API that answers 429 above 30 msg/s; measures the
 * rate reached and whether the API ever had to refuse.
 */
export async function runBroadcastRate(lib: Library, count: number): Promise<CaseResult> {
  const api = await LimitedBotApi.start(30);
  const rss = new RssSampler();
  const messages = Array.from({ length: count }, (_, i) => ({
    dedupeKey: `bench:${Date.now()}:${i}`,
    platform: "telegram",
    chatId: String(2_000_000 + i),
    kind: "broadcast" as const,
    text: "书香图书馆：本周五下午闭馆整理，请提前还书。",
    urgent: true,
  }));
  await enqueue(lib.db, messages, new Date(Date.now() - 1000));
  const started = performance.now();
  const delivery = startDelivery({
    lib,
    ports: { telegram: createTelegramSender(new Telegram("1:BENCH", { apiRoot: api.apiRoot })) },
    quietHours: "21:00-07:00",
    idlePollMs: 50,
  });
  while (
    (await lib.db.outbox.count({
      where: { status: "sent", dedupeKey: { startsWith: "bench:" } },
    })) < count
  ) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const seconds = (performance.now() - started) / 1000;
  await delivery.stop();
  await api.close();
  return rateResult(count, seconds, api, rss.stop());
}

function rateResult(count: number, seconds: number, api: LimitedBotApi, rss: number): CaseResult {
  return {
    name: "broadcast rate (Telegram, fake API enforcing 30 msg/s)",
    target: "≥ 28 msg/s, no 429 from the API",
    met: api.rejected === 0 && count / seconds >= 28,
    p50Ms: round3((seconds * 1000) / count),
    p99Ms: round3((seconds * 1000) / count),
    throughputPerS: round3(count / seconds),
    peakRssMiB: rss,
    runs: 1,
    samples: count,
    note: "p50/p99 are the mean time per message",
    details: {
      messages: count,
      seconds: round3(seconds),
      rejected429: api.rejected,
      maxInAnySecond: api.maxPerSecond(),
    },
  };
}
