import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDialogCase } from "../../bench/dialog-case.ts";
import { runIdleCase } from "../../bench/idle-case.ts";
import { renderReadme } from "../../bench/report.ts";
import type { BenchResults } from "../../bench/report.ts";
import { asScaledCase, withGrowth } from "../../bench/scale.ts";
import { ensureSchool } from "../../bench/school.ts";
import { runSearchCase } from "../../bench/search-case.ts";
import { runStartupCase } from "../../bench/startup-case.ts";
import { createBot } from "../../src/compose.ts";
import { loadConfig } from "../../src/config.ts";
import { buildDemoSchool } from "../../src/demo/build.ts";
import { freshSqliteDb, tempDir } from "../support/db.ts";
import { testLibrary } from "../support/library.ts";

// Runs every bench case once at a tiny size: the harness works. No time is asserted.

type Lib = Awaited<ReturnType<typeof testLibrary>>;
let lib: Lib;

beforeAll(async () => {
  lib = await testLibrary();
  const r = await buildDemoSchool(lib);
  if (!r.ok) expect.fail(r.code);
});
afterAll(() => lib.db.$disconnect());

const tiny = { parents: 2, teachers: 1, librarians: 1, runs: 1, queries: 50 };

describe("bench harness", () => {
  it("drives every scripted turn through the gate and Bot.handle, with both peers, writes succeeding", async () => {
    const config = loadConfig({ DATABASE_URL: "file:unused.db" });
    const [gate, handle, grammy, telegraf] = await runDialogCase(
      lib,
      config,
      createBot(lib, config),
      tiny,
    );
    const turns = 2 * 11 + 4 + 3;
    for (const r of [gate, handle]) {
      expect(r?.details?.["failedTurns"]).toBe(0);
      expect(r?.samples).toBe(turns);
      expect(r?.details?.["turnsLoaded"]).toBe(turns);
      expect(r?.p99Ms).toBeGreaterThanOrEqual(r?.p50Ms ?? 0);
      expect(r?.details?.["writesSucceeded"]).toMatchObject({
        renewed: 4,
        holds: 4,
        cancelled: 4,
        lent: 2,
        returned: 2,
      });
      expect(r?.details?.["perGrammy"]).toBeGreaterThan(0);
    }
    expect(grammy?.samples).toBe(2 * 4);
    expect(telegraf?.samples).toBe(2 * 4);
  });

  it("times the index and the LIKE scan over the same queries of every kind", async () => {
    const opts = { warmupPasses: 1, runs: 1, freshPasses: 1, repeatPasses: 1, likePasses: 1 };
    const [fresh, repeated] = await runSearchCase(lib, opts);
    const kinds = ["title words", "pinyin", "initials", "ISBN-13", "ISBN-10", "author"];
    const byKind = fresh?.details?.["byKind"] as { kind: string }[];
    expect(byKind.map((k) => k.kind).sort()).toEqual([...kinds].sort());
    expect(fresh?.samples).toBeGreaterThan(32);
    expect(fresh?.details?.["likeSamples"]).toBe(fresh?.samples);
    expect(repeated?.samples).toBe(12);
  });

  it("starts a fresh process up to a ready bot and a first answer", async () => {
    const { file, db } = await freshSqliteDb();
    await db.$disconnect();
    const r = await runStartupCase(file, { warmups: 0, runs: 1 });
    expect(r.samples).toBe(1);
    expect(r.p50Ms).toBeGreaterThan(0);
    expect(r.details?.["firstReplyP50Ms"]).toBeGreaterThan(0);
    expect(r.details?.["cpuToReadyP50Ms"]).toBeGreaterThan(0);
    expect(r.details?.["prestartP50Ms"]).toBeGreaterThan(0);
  });

  it("serves both adapters on fakes in a fresh process, answers on each, then reads its memory", async () => {
    const school = join(tempDir(), "school.db");
    await ensureSchool(school, { students: 60, titles: 60, pastLoans: 0 });
    const opts = { runs: 1, idleMs: 100, settleMs: 100 };
    const r = await runIdleCase(school, join(tempDir(), "idle.db"), opts);
    expect(r.samples).toBe(1);
    const [telegramReplies, wechatReplies] = r.details?.["repliesTelegramWechat"] as number[];
    expect(telegramReplies).toBeGreaterThanOrEqual(2);
    expect(wechatReplies).toBeGreaterThanOrEqual(2);
    expect(r.details?.["catalogueTitles"]).toBe(60);
    expect(r.details?.["idleRssP50MiB"]).toBeGreaterThan(0);
    expect(r.details?.["settledRssP50MiB"]).toBeGreaterThan(0);
    expect(r.details?.["afterGcHeapUsedP50MiB"]).toBeGreaterThan(0);
  });

  it("reuses a school built today at the same size and rebuilds at another", async () => {
    const file = join(tempDir(), "school.db");
    const small = { students: 60, titles: 60, pastLoans: 0 };
    expect((await ensureSchool(file, small)).built).toBe(true);
    expect((await ensureSchool(file, small)).built).toBe(false);
    expect((await ensureSchool(file, { ...small, students: 61 })).built).toBe(true);
  });
});

const run = (cases: BenchResults["cases"]): BenchResults => ({
  machine: {
    ...{ cpus: 2, model: "x", memGiB: 1, freeMemGiB: 1, node: "v20", platform: "linux" },
    loadAvgAtStart: [0, 0, 0],
  },
  commit: "abc",
  dirty: false,
  at: "2026-11-25T00:00:00Z",
  school: { students: 1, titles: 1, pastLoans: 0, built: false, buildMs: 0 },
  loadAvgAtEnd: [0, 0, 0],
  totalSeconds: 1,
  cases,
  pending: [],
});

describe("bench report", () => {
  it("puts each 4× line after its 1× line with its growth, and both side by side", () => {
    const base = { target: "p99 ≤ 5 ms", met: true, peakRssMiB: 1, runs: 1, samples: 1 };
    const one = { ...base, name: "search", p50Ms: 0.1, p99Ms: 2, details: { cpuMsPerQuery: 0.2 } };
    const four = asScaledCase({ ...one, p50Ms: 0.3, p99Ms: 4, details: { cpuMsPerQuery: 0.5 } });
    const other = { ...base, name: "other", p50Ms: 1, p99Ms: 1 };
    const cases = withGrowth([four, other, one]);
    expect(cases.map((c) => c.name)).toEqual(["other", "search", "search at 4×"]);
    expect(cases[2]?.details?.["growthFrom1x"]).toMatchObject({ p50: 3, p99: 2, cpu: 2.5 });
    expect(renderReadme(run(cases))).toMatch(
      /\| search \| p99 ≤ 5 ms \| ✅ met \| 0\.10 \| 0\.30 \| ×3\.00 \| 2\.00 \| 4\.00 \| ×2\.00 \| 0\.200 \| 0\.500 \| ×2\.50 \|/,
    );
  });

  it("marks a missed target in the table", () => {
    const case1 = { name: "slow case", target: "p99 ≤ 1 ms", met: false, p50Ms: 2, p99Ms: 3 };
    const case2 = { name: "fast case", target: "p99 ≤ 9 ms", met: true, p50Ms: 1, p99Ms: 2 };
    const results: BenchResults = {
      ...run([case1, case2].map((c) => ({ ...c, peakRssMiB: 1, runs: 1, samples: 1 }))),
      pending: [{ name: "later case", comesWith: "issue 9" }],
    };
    const md = renderReadme(results);
    expect(md).toMatch(/\| slow case \| p99 ≤ 1 ms \| ❌ missed \|/);
    expect(md).toMatch(/\| fast case \| p99 ≤ 9 ms \| ✅ met \|/);
    expect(md).toMatch(/\| later case \| comes with issue 9 \| not yet \|/);
  });
});
