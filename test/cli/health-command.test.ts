import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tempDir } from "../support/db.ts";
import { run, useTempDatabase } from "./cli-harness.ts";

const temp = useTempDatabase();
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
    process.env.TELEGRAM_BOT_TOKEN = "1:T";
    const r = await run("health");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      status: "ok",
      database: "ok",
      platforms: ["telegram"],
      schedule: { lastDone: null, failing: ["weekly-rota"], running: [] },
    });
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
