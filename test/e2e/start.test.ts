import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { startArgs } from "../support/app.ts";
import { tempDir } from "../support/db.ts";

const repo = join(import.meta.dirname, "..", "..");

test("npm start runs the compiled app, built by prestart only when the sources changed", () => {
  const { scripts } = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  expect(scripts["prestart"]).toBe("node scripts/ensure-build.js");
  expect(scripts["postinstall"]).toContain("scripts/ensure-build.js");
  expect(scripts["start"]).toMatch(/^node .*dist\/main\.js$/);
});

test("the compiled app with no token opens the demo school in a terminal chat as a parent", () => {
  const result = spawnSync(process.execPath, startArgs(), {
    input: "帮助\n续借\n1\n",
    encoding: "utf8",
    env: {
      ...process.env,
      DATABASE_URL: `file:${join(tempDir(), "start.db")}`,
      TELEGRAM_BOT_TOKEN: "",
      WECHATY_PUPPET: "",
      LOG_LEVEL: "warn",
    },
    timeout: 60_000,
  });
  expect(result.stderr).toContain("已创建演示学校");
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("续借 — 续借一本或全部");
  expect(result.stdout).toMatch(/已续借，新的到期日是 \d{2}-\d{2}/);
});

test("as a service with no token it fails with the reason and builds no demo school", () => {
  const dataDir = tempDir();
  const result = spawnSync(process.execPath, startArgs(), {
    input: "",
    encoding: "utf8",
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATA_DIR: dataDir,
      DATABASE_URL: "file:shuxiang.db",
      TELEGRAM_BOT_TOKEN: "",
      WECHATY_PUPPET: "",
      LOG_LEVEL: "warn",
    },
    timeout: 60_000,
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("没有配置聊天平台（TELEGRAM_BOT_TOKEN 或 WECHATY_PUPPET）");
  expect(result.stderr).not.toContain("已创建演示学校");
  expect(existsSync(join(dataDir, "shuxiang.db"))).toBe(false);
});
