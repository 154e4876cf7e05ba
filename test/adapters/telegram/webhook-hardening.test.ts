import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { telegramOptions } from "../../../adapters/telegram/index.ts";
import { MAX_UPDATE_BYTES } from "../../../adapters/telegram/webhook-request.ts";
import { loadConfig } from "../../../src/config.ts";
import type { Db } from "../../../src/db/client.ts";
import { checkHealth } from "../../../src/health/health-report.ts";
import type { HealthReport } from "../../../src/health/health-report.ts";
import { testLibrary } from "../../support/library.ts";
import { tempDir } from "../../support/db.ts";
import { privateChat, user } from "./fake-updates.ts";
import { startHarness } from "./fixtures.ts";
import type { Harness } from "./fixtures.ts";
import { tinyArea } from "./tiny-dialogs.ts";
import type { Tally } from "./tiny-dialogs.ts";

const SECRET = "s3cret_Token-2";
const HOOK = "/tg/hook";
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** A database client whose every query fails, as one whose server is gone. */
function unreachable(db: Db): Db {
  const gone = () => Promise.reject(new Error("connection refused"));
  return new Proxy(db, {
    get: (target, prop, receiver) =>
      prop === "$queryRaw" || prop === "jobRun" ? gone : Reflect.get(target, prop, receiver),
  });
}

async function setup(db?: (real: Db) => Db) {
  const lib = await testLibrary({ at: "2026-09-09T19:00:00+08:00" });
  await lib.db.jobRun.create({
    data: {
      job: "daily-reminders",
      slot: "2026-09-09T17:30",
      status: "done",
      startedAt: new Date("2026-09-09T09:30:00Z"),
      finishedAt: new Date("2026-09-09T09:30:02Z"),
    },
  });
  const beatAt = new Date("2026-09-09T10:59:40Z");
  await lib.db.heartbeat.create({
    data: { service: "test", platforms: '["telegram"]', startedAt: beatAt, beatAt },
  });
  const probeDb = db ? db(lib.db) : lib.db;
  const tally: Tally = { searches: [], adds: 0 };
  const health = () => checkHealth(probeDb, ["telegram"], new Date("2026-09-09T11:00:00Z"));
  const webhook = { url: `https://bot.example.org${HOOK}`, secret: SECRET, port: 0, health };
  h = await startHarness(lib, [tinyArea(tally)], { webhook });
  return { lib, tally, h, port: h.handle.port ?? 0 };
}

/**
 * Sends raw bytes to the server and resolves with the status code of its answer (or 0 when it
 * closed without one). Writes after the server has answered are dropped without an error. The
 * socket stays open for the answer (the server closes it: `Connection: close`): a client that
 * half-closed at once would race the server storing the update (on PostgreSQL it lost).
 */
function rawRequest(port: number, head: string, parts: Buffer[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    socket.on("data", (d: Buffer) => (answer += d.toString("latin1")));
    socket.on("error", () => {});
    socket.on("close", () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.on("connect", () => {
      void (async () => {
        socket.write(head);
        for (const part of parts) {
          if (socket.destroyed || answer) break;
          socket.write(part);
          await new Promise((r) => setTimeout(r, 20));
        }
        const ended = setTimeout(() => socket.end(), 30_000);
        socket.once("close", () => clearTimeout(ended));
      })().catch(reject);
    });
  });
}

const headers = (extra: string) =>
  `POST ${HOOK} HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\n` +
  `X-Telegram-Bot-Api-Secret-Token: ${SECRET}\r\nConnection: close\r\n${extra}\r\n`;

function chunked(parts: Buffer[]): Buffer[] {
  return [
    ...parts.map((p) =>
      Buffer.concat([Buffer.from(`${p.length.toString(16)}\r\n`), p, Buffer.from("\r\n")]),
    ),
    Buffer.from("0\r\n\r\n"),
  ];
}

describe("the webhook server", () => {
  it("answers GET /healthz with 200 and the report: database, platforms, schedule", async () => {
    const { port } = await setup();
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const report = (await res.json()) as HealthReport;
    expect(report).toEqual({
      status: "ok",
      database: "ok",
      platforms: ["telegram"],
      bot: { status: "alive", lastBeatAt: "2026-09-09T10:59:40.000Z" },
      schedule: {
        lastDone: {
          job: "daily-reminders",
          slot: "2026-09-09T17:30",
          finishedAt: "2026-09-09T09:30:02.000Z",
        },
        failing: [],
        running: [],
      },
      checkedAt: "2026-09-09T11:00:00.000Z",
    });
  });

  it("answers /healthz with 503 when the database does not answer", async () => {
    const { port } = await setup(unreachable);
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      status: "down",
      database: "unreachable",
      schedule: null,
    });
  });

  it("refuses a body declared over 1 MiB with 413 before reading it, and handles nothing", async () => {
    const { h, port, tally } = await setup();
    const status = await rawRequest(port, headers(`Content-Length: ${MAX_UPDATE_BYTES + 1}\r\n`), [
      Buffer.alloc(64 * 1024, 0x20),
    ]);
    expect(status).toBe(413);
    await h.gate.idle();
    expect(tally.searches).toEqual([]);
    expect(h.fake.callsOf("sendMessage")).toEqual([]);
  });

  it("stops reading a chunked body once it passes 1 MiB and answers 413", async () => {
    const { h, port, tally } = await setup();
    const ann = user(4002, "Ann");
    const update = Buffer.from(JSON.stringify(h.fake.text(ann, privateChat(ann), "西游记")));
    const padding = Array.from({ length: 20 }, () => Buffer.alloc(64 * 1024, 0x20));
    const status = await rawRequest(
      port,
      headers("Transfer-Encoding: chunked\r\n"),
      chunked([update, ...padding]),
    );
    expect(status).toBe(413);
    await h.gate.idle();
    expect(tally.searches).toEqual([]);
  });

  it("keeps a Chinese character whole when the body arrives split inside it", async () => {
    const { h, port, tally } = await setup();
    const ann = user(4003, "Ann");
    const body = Buffer.from(JSON.stringify(h.fake.text(ann, privateChat(ann), "西游记")));
    const cut = body.indexOf(Buffer.from("游")) + 1;
    const status = await rawRequest(port, headers("Transfer-Encoding: chunked\r\n"), [
      ...chunked([body.subarray(0, cut), body.subarray(cut)]),
    ]);
    expect(status).toBe(200);
    await h.fake.waitFor(() => h.fake.sentTo(ann.id).length > 0);
    await h.gate.idle();
    expect(tally.searches).toEqual(["西游记"]);
  });
});

describe("the webhook settings", () => {
  const env = {
    TELEGRAM_BOT_TOKEN: "1:T",
    TELEGRAM_WEBHOOK_URL: "https://bot.example.org/tg/hook",
    DATA_DIR: tempDir(),
  };
  const base = { bot: () => ({}), log: {} } as unknown as Parameters<typeof telegramOptions>[1];

  it("listen on 127.0.0.1 unless HOST says otherwise", () => {
    expect(telegramOptions(loadConfig(env), base).webhook).toMatchObject({
      host: "127.0.0.1",
      port: 8080,
    });
    const open = loadConfig({ ...env, HOST: "0.0.0.0", PORT: "9000" });
    expect(telegramOptions(open, base).webhook).toMatchObject({ host: "0.0.0.0", port: 9000 });
  });
});
