import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "vitest";
import { tempDir } from "../support/db.ts";

/** Runs the real binary: an admin command goes through the compiled dist/cli/bin.js. */
function shuxiang(args: string[], databaseUrl: string) {
  const result = spawnSync(process.execPath, ["bin/shuxiang.js", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", DEFAULT_LOCALE: "" },
    // the first call may build dist/: generous on a busy two-core machine
    timeout: 180_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test("npx shuxiang runs the compiled admin commands in Chinese, and explains itself", () => {
  const url = `file:${join(tempDir(), "admin.db")}`;
  const list = shuxiang(["jobs", "list"], url);
  expect(list.code, list.err).toBe(0);
  expect(list.out).toMatch(/^daily-reminders\s+每日到期提醒\s+每天 17:30\s+从未运行$/m);
  const help = shuxiang(["--help", "--lang", "en"], url);
  expect(help.code).toBe(0);
  expect(help.out).toContain("usage: shuxiang <command> [options]");
  const wrong = shuxiang(["jobs", "run", "--help-me"], url);
  expect(wrong.code).toBe(2);
  expect(wrong.err).toContain("不认识的选项 --help-me。");
}, 600_000);
