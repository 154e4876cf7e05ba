import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { startArgs } from "../support/app.ts";
import { tempDir } from "../support/db.ts";

/** Runs the real binary the way a newcomer would script it: lines on stdin, replies on stdout. */
function chat(role: string, input: string, databaseUrl: string) {
  const result = spawnSync(process.execPath, ["bin/shuxiang.js", "chat", "--as", role], {
    input,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" },
    // the first call may build dist/ (bin/shuxiang.js): generous on a busy two-core machine
    timeout: 180_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test("printf '续借\\n1\\n' | shuxiang chat --as parent renews a demo loan and prints the new due date", () => {
  const url = `file:${join(tempDir(), "chat.db")}`;
  const first = chat("parent", "续借\n1\n", url);
  expect(first.err).toContain("已创建演示学校");
  expect(first.code).toBe(0);
  const blocks = first.out.split(/\n\s*\n/).filter((b) => b.trim());
  expect(blocks.length).toBeGreaterThanOrEqual(2);
  expect(blocks[0]).toMatch(/1\. /);
  expect(blocks[1]).toMatch(/\d{2}-\d{2}/);
  expect(blocks[1]).toMatch(/续借成功|已续借/);

  const again = chat("parent", "续借\n1\n", url);
  expect(again.err).not.toContain("已创建演示学校");
  // The loan renewed above is not offered again: the menu says why instead (issue 16 trap 5).
  expect(again.out).toMatch(/目前没有可以续借的书/);
  expect(again.out).toMatch(/续借次数已经用完/);
}, 400_000);

test("shuxiang chat --as with a role the demo lacks answers in Chinese, or English with --lang en", () => {
  const asRole = (...extra: string[]) =>
    spawnSync(process.execPath, [...startArgs(), "chat", "--as", "principal", ...extra], {
      encoding: "utf8",
      env: {
        ...process.env,
        DATABASE_URL: `file:${join(tempDir(), "none.db")}`,
        LOG_LEVEL: "warn",
      },
      timeout: 60_000,
    });
  const zh = asRole();
  expect(zh.status).toBe(2);
  expect(zh.stderr).toContain("--as 只能是其中之一：parent、student、teacher、librarian、helper");
  const en = asRole("--lang", "en");
  expect(en.status).toBe(2);
  expect(en.stderr).toContain("--as must be one of: parent, student, teacher, librarian, helper");
}, 120_000);

test("printf '导出 逾期\\n' | shuxiang chat --as librarian saves the .xlsx under DATA_DIR/exports and prints its path", () => {
  const dataDir = tempDir();
  const result = spawnSync(process.execPath, [...startArgs(), "chat", "--as", "librarian"], {
    input: "导出 逾期\n",
    encoding: "utf8",
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: `file:${join(dataDir, "chat.db")}`,
      LOG_LEVEL: "warn",
    },
    timeout: 180_000,
  });
  expect(result.status).toBe(0);
  const path = /📎 (.+\.xlsx)$/m.exec(result.stdout)?.[1] ?? "";
  expect(path.startsWith(join(dataDir, "exports", "逾期名单-"))).toBe(true);
  expect(result.stdout).toMatch(/逾期名单（\d+ 行）/);
  expect(readFileSync(path).subarray(0, 2).toString()).toBe("PK");
}, 400_000);
