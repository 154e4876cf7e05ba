import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openDb } from "../../src/db/client.ts";
import { tempDir } from "../support/db.ts";
import { run, useTempDatabase } from "./cli-harness.ts";

// A SQLite backup is a copy of the file: these tests are about that file, on either run.
const temp = useTempDatabase({ sqlite: true });

async function smallSchool() {
  const db = temp.db();
  const t = await db.title.create({
    data: { title: "西游记", author: "吴承恩", addedOn: "2026-09-01", searchKey: "" },
  });
  await db.copy.create({ data: { barcode: "B1", titleId: t.id } });
  await db.patron.create({ data: { cardNumber: "S1", name: "张小明", role: "student" } });
}

describe("shuxiang backup", () => {
  it("writes a checked copy that opens as a database, with rows still in the WAL", async () => {
    await smallSchool();
    const live = (process.env.DATABASE_URL ?? "").replace(/^file:/, "");
    expect(statSync(`${live}-wal`).size).toBeGreaterThan(0);
    const file = join(tempDir(), "nightly", "shuxiang-backup.db");
    const r = await run("backup", file);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^备份已写入：.*shuxiang-backup\.db（\d+\.\d MiB）：书目 1 种，馆藏 1 册，读者 1 人，未还借阅 0 笔。$/m,
    );
    expect(r.out).toContain(
      `恢复方法：先停止机器人，再用这个文件覆盖 ${live}，并删除 ${live}-wal 和 ${live}-shm（如果有），然后启动机器人。`,
    );
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(r.out).not.toContain("张小明");
    const copy = await openDb(`file:${file}`);
    try {
      expect(await copy.patron.findMany({ select: { name: true } })).toEqual([{ name: "张小明" }]);
    } finally {
      await copy.$disconnect();
    }
    expect(readdirSync(join(file, "..")).filter((f) => f.includes(".partial"))).toEqual([]);
  });

  it("leaves the database it copies as it was (no migration, no calendar write)", async () => {
    await smallSchool();
    const live = (process.env.DATABASE_URL ?? "").replace(/^file:/, "");
    const fingerprint = () =>
      [live, `${live}-wal`].map((f) => (existsSync(f) ? readFileSync(f).toString("base64") : ""));
    const before = fingerprint();
    expect((await run("backup", join(tempDir(), "copy.db"))).code).toBe(0);
    expect(fingerprint()).toEqual(before);
  });

  it("never overwrites an existing file", async () => {
    const file = join(tempDir(), "taken.db");
    writeFileSync(file, "keep me");
    const r = await run("backup", file);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${file} 已经存在；备份从不覆盖已有的文件，请换一个文件名。`);
    expect(readdirSync(join(file, ".."))).toEqual(["taken.db"]);
    const en = await run("backup", file, "--lang", "en");
    expect(en.err).toBe(
      `${file} already exists; backups are never overwritten, choose another name`,
    );
  });

  it("refuses a missing or extra argument and the database itself", async () => {
    const none = await run("backup");
    expect(none.code).toBe(2);
    expect(none.err).toContain("请写明备份写到哪个文件");
    expect((await run("backup", "a.db", "b.db")).code).toBe(2);
    const self = await run("backup", (process.env.DATABASE_URL ?? "").replace(/^file:/, ""));
    expect(self.code).toBe(2);
    expect(self.err).toContain("备份文件不能是数据库文件本身");
  });

  it("says so when DATABASE_URL points at no database, and creates none", async () => {
    const dir = tempDir();
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = `file:${join(dir, "missing.db")}`;
    try {
      const r = await run("backup", join(dir, "out.db"));
      expect(r.code).toBe(1);
      expect(r.err).toContain("没有数据库，无法备份");
      expect(existsSync(join(dir, "missing.db"))).toBe(false);
      expect(existsSync(join(dir, "out.db"))).toBe(false);
    } finally {
      process.env.DATABASE_URL = saved;
    }
  });

  it("refuses a file that is no Shuxiang database, writing no backup", async () => {
    const dir = tempDir();
    const stranger = join(dir, "other.db");
    new Database(stranger).exec("CREATE TABLE t (x)");
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = `file:${stranger}`;
    try {
      const r = await run("backup", join(dir, "out.db"));
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^备份副本没有通过检查（.+），没有写入任何文件。$/);
      expect(readdirSync(dir).filter((f) => f.startsWith("out.db"))).toEqual([]);
    } finally {
      process.env.DATABASE_URL = saved;
    }
  });
});
