import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { buildSearchKey } from "../../src/core/catalog/search-key.ts";
import type { OutboundMessage } from "../../src/core/broadcasts/outbound.ts";
import type { Db } from "../../src/db/client.ts";
import { jobs } from "../../src/jobs/registry.ts";
import { enqueue } from "../../src/outbox/queue.ts";
import { FakeBotApi } from "../adapters/telegram/fake-bot-api.ts";
import { privateChat, user } from "../adapters/telegram/fake-updates.ts";
import { startArgs } from "../support/app.ts";
import { freshDb, tempDir } from "../support/db.ts";
import { freePort } from "../support/wait.ts";

/**
 * Three `npm start` processes on one database behind a stand-in reverse proxy (the test posts
 * each webhook update to one of them), with Telegram's 30 messages a second enforced by the
 * fake Bot API and one WeChat login (the mock puppet) between them.
 */
const repo = join(import.meta.dirname, "..", "..");
const SECRET = "three-processes-secret";
const RECIPIENTS = 600;
const children: ChildProcess[] = [];
let fake: FakeBotApi | undefined;
afterEach(async () => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  children.length = 0;
  await fake?.close();
  fake = undefined;
});

interface Served {
  child: ChildProcess;
  port: number;
  dataDir: string;
  /** The process's log lines (pino JSON on stderr). */
  logs: { msg: string; job?: string; slot?: string; lease?: string }[];
  exited: Promise<number | null>;
}

async function serve(url: string, api: FakeBotApi): Promise<Served> {
  const port = await freePort();
  const dataDir = tempDir();
  const child = spawn(process.execPath, startArgs(), {
    cwd: repo,
    env: {
      ...process.env,
      DATABASE_URL: url,
      DATA_DIR: dataDir,
      PORT: String(port),
      TELEGRAM_BOT_TOKEN: "123456:THREE-PROCESSES",
      TELEGRAM_API_ROOT: api.apiRoot,
      TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram`,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      WECHATY_PUPPET: "wechaty-puppet-mock",
      LEASE_SECONDS: "6",
      LOG_LEVEL: "info",
    },
  });
  children.push(child);
  const served: Served = {
    child,
    port,
    dataDir,
    logs: [],
    exited: new Promise((resolve) => child.on("close", resolve)),
  };
  let pending = "";
  child.stderr?.on("data", (d: Buffer) => {
    const lines = (pending + d.toString("utf8")).split("\n");
    pending = lines.pop() ?? "";
    for (const l of lines) if (l.startsWith("{")) served.logs.push(JSON.parse(l) as never);
  });
  return served;
}

async function post(p: Served, update: unknown): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${p.port}/telegram`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
    body: JSON.stringify(update),
  });
  return res.status;
}

/** Class 3-1 with 20 pupils, one copy of 西游记 on the shelf, 20 librarians bound on Telegram. */
async function school(db: Db) {
  const c31 = await db.schoolClass.create({ data: { grade: 3, number: 1, name: "3-1" } });
  for (let i = 1; i <= 20; i++) {
    const cardNumber = `S${String(i).padStart(2, "0")}`;
    await db.patron.create({
      data: { cardNumber, name: `学生${i}`, role: "student", classId: c31.id },
    });
    const member = await db.chatMember.create({
      data: { platform: "telegram", userId: String(7000 + i) },
    });
    await db.binding.create({ data: { memberId: member.id, kind: "librarian" } });
  }
  const searchKey = buildSearchKey({ title: "西游记", author: "吴承恩", isbn: null });
  const title = await db.title.create({
    data: { title: "西游记", author: "吴承恩", addedOn: "2025-01-01", searchKey },
  });
  await db.copy.create({ data: { barcode: "C-1", titleId: title.id, status: "available" } });
}

const broadcast = (): OutboundMessage[] =>
  Array.from({ length: RECIPIENTS }, (_, i) => ({
    dedupeKey: `broadcast:1:telegram:${900_000 + i}`,
    platform: "telegram",
    chatId: String(900_000 + i),
    kind: "broadcast",
    text: "图书馆通知：本周五闭馆",
    urgent: true,
  }));

test("three processes on one database share the work: one loan of one copy, one rate, one WeChat login, each slot once, nothing lost when one is killed", async () => {
  const { db, url } = await freshDb();
  await school(db);
  const api = (fake = await FakeBotApi.start());
  api.limitPerSecond("sendMessage", 30);
  const procs = [await serve(url, api), await serve(url, api), await serve(url, api)];
  await api.waitFor(async () => {
    const up = await Promise.all(
      procs.map((p) => fetch(`http://127.0.0.1:${p.port}/healthz`).catch(() => null)),
    );
    return up.every((r) => r?.ok);
  }, 90_000);

  // 20 librarians lend the same copy at once, through whichever process the proxy picks.
  const statuses = await Promise.all(
    Array.from({ length: 20 }, (_, i) => {
      const librarian = user(7001 + i, `lib${i + 1}`);
      const card = `S${String(i + 1).padStart(2, "0")}`;
      const update = api.text(librarian, privateChat(librarian), `借 ${card} C-1`);
      return post(procs[i % 3] as Served, update);
    }),
  );
  expect(statuses).toEqual(Array(20).fill(200));
  await api.waitFor(
    () => Array.from({ length: 20 }, (_, i) => api.sentTo(7001 + i).length > 0).every(Boolean),
    60_000,
  );
  expect(await db.loan.count()).toBe(1);
  const lent = Array.from({ length: 20 }, (_, i) => api.sentTo(7001 + i)).filter((ms) =>
    ms.some((m) => m.text?.startsWith("已借出：《西游记》")),
  );
  expect(lent).toHaveLength(1);

  // A broadcast: every process delivers, at one rate; the WeChat login's holder dies midway.
  for (let i = 0; i < RECIPIENTS; i++) {
    const parent = user(900_000 + i, "家长");
    api.text(parent, privateChat(parent), "你好"); // the fake knows a chat once it has spoken
  }
  const refusedBefore = api.refused;
  await enqueue(db, broadcast(), new Date());
  const delivered = () =>
    Array.from({ length: RECIPIENTS }, (_, i) => api.sentTo(900_000 + i).length);
  await api.waitFor(() => delivered().filter((n) => n > 0).length >= RECIPIENTS / 3, 120_000);
  const holder = await db.lease.findUnique({ where: { name: "wechat" } });
  const victim = procs.find((p) => holder?.owner.includes(p.dataDir));
  expect(victim).toBeDefined();
  victim?.child.kill("SIGKILL");
  await api.waitFor(() => delivered().every((n) => n > 0), 180_000);

  const counts = delivered();
  expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(RECIPIENTS + 1);
  expect(api.refused - refusedBefore).toBeLessThan(RECIPIENTS / 20);
  const sends = api.calls.filter(
    (c) => c.method === "sendMessage" && Number(c.params.chat_id) >= 900_000,
  );
  const seconds = ((sends.at(-1)?.at ?? 0) - (sends[0]?.at ?? 0)) / 1000;
  console.info(
    `broadcast: ${RECIPIENTS} recipients in ${seconds.toFixed(1)} s with a process killed, ${api.refused - refusedBefore} answered 429`,
  );

  // The login passed to a survivor, and every scheduled slot ran (or was skipped) once.
  const survivors = procs.filter((p) => p !== victim);
  await api.waitFor(async () => {
    const now = await db.lease.findUnique({ where: { name: "wechat" } });
    return survivors.some((p) => now?.owner.includes(p.dataDir));
  }, 30_000);
  const runs = procs.flatMap((p) =>
    p.logs.filter((l) => l.msg === "job done" || l.msg.startsWith("missed run skipped")),
  );
  const keys = runs
    .filter((l) => jobs[l.job as keyof typeof jobs]?.ledger)
    .map((l) => `${l.job}@${l.slot}`);
  expect(new Set(keys).size).toBe(keys.length);
  expect(keys.length).toBeGreaterThanOrEqual(Object.values(jobs).filter((j) => j.ledger).length);

  for (const p of survivors) p.child.kill("SIGTERM");
  expect(await Promise.all(survivors.map((p) => p.exited))).toEqual([0, 0]);
  await db.$disconnect();
}, 400_000);
