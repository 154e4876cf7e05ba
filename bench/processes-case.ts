import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { ensureBuild } from "../scripts/ensure-build.js";
import type { OutboundMessage } from "../src/core/broadcasts/outbound.ts";
import { openDb } from "../src/db/client.ts";
import { migrate } from "../src/db/migrate.ts";
import { enqueue } from "../src/outbox/queue.ts";
import type { CaseResult } from "./case-result.ts";
import { LimitedBotApi } from "./limited-bot-api.ts";
import { onPg } from "./pg-bench.ts";
import { startNodeFlags } from "./start-flags.ts";
import { freePort } from "../test/support/wait.ts";

/**
 * `node --import tsx bench/processes-case.ts [--pg URL]` (a step of `npm run bench`): a broadcast to 3 000 recipients
 * delivered by three `npm start` processes on one database, against a Bot API that enforces
 * Telegram's 30 messages a second with 429s. Issue 13's target: ≥ 28 msg/s overall, each
 * recipient once, no 429 storm. Prints the case as JSON on stdout.
 */
const RECIPIENTS = 3_000;
export const processesCaseName = "broadcast by 3 processes on one database";
export const processesTarget =
  "≥ 28 msg/s overall at Telegram's 30 msg/s, each recipient once, no 429 storm";
const PROCESSES = 3;
const repoRoot = join(import.meta.dirname, "..");

async function serve(url: string, api: LimitedBotApi): Promise<ChildProcess> {
  const port = await freePort();
  return spawn(process.execPath, [...startNodeFlags(), join(repoRoot, "dist/main.js")], {
    cwd: repoRoot,
    stdio: "ignore",
    env: {
      ...process.env,
      DATABASE_URL: url,
      DATA_DIR: mkdtempSync(join(tmpdir(), "shuxiang-bench-")),
      PORT: String(port),
      TELEGRAM_BOT_TOKEN: "123456:BENCH",
      TELEGRAM_API_ROOT: api.apiRoot,
      TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram`,
      TELEGRAM_WEBHOOK_SECRET: "bench-secret",
      LOG_LEVEL: "warn",
    },
  });
}

const notices = (): OutboundMessage[] =>
  Array.from({ length: RECIPIENTS }, (_, i) => ({
    dedupeKey: `broadcast:bench:telegram:${2_000_000 + i}`,
    platform: "telegram",
    chatId: String(2_000_000 + i),
    kind: "broadcast",
    text: "图书馆通知：本周五闭馆",
    urgent: true,
  }));

/** A database for the run: a new SQLite file, or a new schema on the PostgreSQL server. */
async function database(pgServer: string | undefined) {
  if (!pgServer) {
    const url = `file:${join(mkdtempSync(join(tmpdir(), "shuxiang-bench-db-")), "bench.db")}`;
    return { url, name: "SQLite" as const, drop: () => Promise.resolve() };
  }
  const u = new URL(pgServer);
  const schema = `bench_processes_${process.pid}`;
  u.searchParams.set("schema", schema);
  const drop = async () => {
    const client = new pg.Client({ connectionString: pgServer });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  };
  return { url: u.toString(), name: "PostgreSQL" as const, drop };
}

async function run(pgServer: string | undefined): Promise<CaseResult> {
  await ensureBuild();
  const db = await database(pgServer);
  await migrate(db.url);
  const client = await openDb(db.url);
  const api = await LimitedBotApi.start(30);
  const children = await Promise.all(Array.from({ length: PROCESSES }, () => serve(db.url, api)));
  try {
    await enqueue(client, notices(), new Date());
    const deadline = Date.now() + 15 * 60_000;
    while ((await client.outbox.count({ where: { status: "sent" } })) < RECIPIENTS) {
      if (Date.now() > deadline) throw new Error("the broadcast did not finish in 15 minutes");
      await new Promise((r) => setTimeout(r, 500));
    }
    const times = api.accepted;
    const seconds = ((times.at(-1) ?? 0) - (times[0] ?? 0)) / 1000;
    const rate = (times.length - 1) / seconds;
    const gaps = times
      .slice(1)
      .map((t, i) => t - (times[i] ?? 0))
      .sort((a, b) => a - b);
    const at = (q: number) => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))] ?? 0;
    return {
      name: processesCaseName + (db.name === "PostgreSQL" ? onPg : ""),
      target: processesTarget,
      met: rate >= 28 && times.length === RECIPIENTS && api.rejected < RECIPIENTS / 100,
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      throughputPerS: Math.round(rate * 100) / 100,
      peakRssMiB: 0,
      runs: 1,
      samples: times.length,
      database: db.name,
      note: "p50/p99: gaps between two accepted sends; RSS not sampled (three child processes)",
      details: {
        recipients: RECIPIENTS,
        accepted: times.length,
        answered429: api.rejected,
        maxInAnySecond: api.maxPerSecond(),
        seconds: Math.round(seconds * 10) / 10,
      },
    };
  } finally {
    for (const c of children) c.kill("SIGTERM");
    await Promise.all(children.map((c) => new Promise((r) => c.once("close", r))));
    await client.$disconnect();
    await api.close();
    await db.drop();
  }
}

if (process.argv[1] === import.meta.filename) {
  const pgFlag = process.argv.indexOf("--pg");
  const pgServer = pgFlag >= 0 ? process.argv[pgFlag + 1] : undefined;
  process.stdout.write(JSON.stringify(await run(pgServer)) + "\n");
}
