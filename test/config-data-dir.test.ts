import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, test } from "vitest";
import { loadConfig } from "../src/config.ts";
import { ConfigError } from "../src/core/errors.ts";
import { tempDir } from "./support/db.ts";

const noFile = join(tempDir(), "absent.json");

test("by default the data folder is ./data and the database lies in it", () => {
  const c = loadConfig({}, noFile);
  expect(c.DATA_DIR).toBe(resolve("data"));
  expect(c.DATABASE_URL).toBe(`file:${resolve("data", "shuxiang.db")}`);
  expect(c.HOST).toBe("127.0.0.1");
  expect(c.BACKUP_KEEP).toBe(14);
  expect(c.WECHAT_SESSION).toBe("shuxiang");
});

test("a relative database path is read from DATA_DIR, not from the working directory", () => {
  const dir = tempDir();
  const c = loadConfig({ DATA_DIR: dir, DATABASE_URL: "file:school/lib.db?mode=rwc" }, noFile);
  expect(c.DATA_DIR).toBe(dir);
  expect(c.DATABASE_URL).toBe(`file:${join(dir, "school/lib.db")}?mode=rwc`);
});

test("an absolute database path is kept as it is", () => {
  const dir = tempDir();
  const c = loadConfig({ DATA_DIR: dir, DATABASE_URL: "file:/srv/lib/shuxiang.db" }, noFile);
  expect(c.DATABASE_URL).toBe("file:/srv/lib/shuxiang.db");
});

test("an old .env whose relative path named the database from the working directory is refused, naming both files", () => {
  const cwd = process.cwd();
  const work = tempDir();
  mkdirSync(join(work, "data"));
  writeFileSync(join(work, "data", "shuxiang.db"), "");
  process.chdir(work);
  try {
    const run = () => loadConfig({ DATABASE_URL: "file:./data/shuxiang.db" }, noFile);
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(/DATABASE_URL: relative paths are read from DATA_DIR/);
    expect(run).toThrow(join(work, "data", "data", "shuxiang.db"));
  } finally {
    process.chdir(cwd);
  }
});

test("bad service settings stop start-up naming the field", () => {
  const run = () => loadConfig({ BACKUP_KEEP: "0", WECHAT_SESSION: "../../etc/passwd" }, noFile);
  expect(run).toThrow(/BACKUP_KEEP/);
  expect(run).toThrow(/WECHAT_SESSION: 1-64 characters/);
});
