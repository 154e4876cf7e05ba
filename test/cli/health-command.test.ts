import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tempDir } from "../support/db.ts";
import { run, useTempDatabase } from "./cli-harness.ts";

const temp = useTempDatabase();

/** A serving process's heartbeat, as src/health/heartbeat.ts writes it. */
const beat = (beatAt: Date) =>
  temp.db().heartbeat.create({
    data: {
      service: "host:/srv/shuxiang:3000",
      platforms: '["telegram"]',
      startedAt: beatAt,
      beatAt,
    },
  });
const saved = { ...process.env };
afterEach(() => {
  for (const key of ["TELEGRAM_BOT_TOKEN", "WECHATY_PUPPET"] as const) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

describe("shuxiang health", () => {
  it("prints the /healthz report and exits 0 when the database answers", async () => {
    await temp.db().jobRun.create({
      data: {
        job: "weekly-rota",
        slot: "2026-09-07T07:30",
        status: "failed",
        startedAt: new Date(),
      },
    });
    const beatAt = new Date(Date.now() - 20_000);
    await beat(beatAt);
    process.env.TELEGRAM_BOT_TOKEN = "1:T";
    const r = await run("health");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      status: "ok",
      database: "ok",
      platforms: ["telegram"],
      bot: { status: "alive", lastBeatAt: beatAt.toISOString() },
      schedule: { lastDone: null, failing: ["weekly-rota"], running: [] },
    });
  });

  it("reports the bot down and exits 1 when its process has not beaten for over two minutes", async () => {
    const beatAt = new Date(Date.now() - 5 * 60_000);
    await beat(beatAt);
    process.env.TELEGRAM_BOT_TOKEN = "1:T";
    const r = await run("health");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({
      status: "down",
      database: "ok",
      bot: { status: "stale", lastBeatAt: beatAt.toISOString() },
    });
  });

  it("reports the bot down when no process ever served, unless no platform is configured", async () => {
    process.env.TELEGRAM_BOT_TOKEN = "1:T";
    const never = await run("health");
    expect(never.code).toBe(1);
    expect(JSON.parse(never.out)).toMatchObject({ status: "down", bot: { status: "none" } });
    delete process.env.TELEGRAM_BOT_TOKEN;
    process.env.WECHATY_PUPPET = "";
    const terminalOnly = await run("health");
    expect(terminalOnly.code).toBe(0);
    expect(JSON.parse(terminalOnly.out)).toMatchObject({ status: "ok", platforms: [] });
  });

  it("refuses arguments in Chinese", async () => {
    const r = await run("health", "now");
    expect(r.code).toBe(2);
    expect(r.err).toContain("health 不需要参数。");
  });

  it("exits 1 with status down when there is no database, and does not create one", async () => {
    const missing = join(tempDir(), "gone", "shuxiang.db");
    process.env.DATABASE_URL = `file:${missing}`;
    const r = await run("health");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ status: "down", database: "unreachable" });
    expect(existsSync(missing)).toBe(false);
  });

  it("has --help in Chinese", async () => {
    const r = await run("health", "--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain("shuxiang health");
    expect(r.out).toContain("数据库");
  });
});
