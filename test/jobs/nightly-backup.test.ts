import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { databaseFile } from "../../src/db/backup-repo.ts";
import { openDb } from "../../src/db/client.ts";
import { rotateBackups } from "../../src/jobs/backup-rotation.ts";
import { runJob } from "../../src/jobs/run-job.ts";
import { tempDir } from "../support/db.ts";
import { testLibrary } from "../support/library.ts";

/**
 * A library at 02:30 school time on `date`, with one pupil and one title, on SQLite whatever the
 * run's database (the job copies a SQLite file; on PostgreSQL it skips, "not_sqlite").
 */
async function school(date = "2026-09-09") {
  const lib = await testLibrary({ at: `${date}T02:30:00+08:00`, sqlite: true });
  const title = await lib.db.title.create({
    data: { title: "西游记", author: "吴承恩", addedOn: "2026-09-01", searchKey: "" },
  });
  await lib.db.copy.create({ data: { barcode: "B1", titleId: title.id } });
  await lib.db.patron.create({ data: { cardNumber: "S1", name: "张小明", role: "student" } });
  return lib;
}

const nightly = (lib: Awaited<ReturnType<typeof school>>, backupDir: string | null, keep = 14) =>
  runJob(lib, "nightly-backup", {
    slot: lib.now(),
    defaultLocale: "zh-CN",
    settings: { backupDir, keepBackups: keep },
  });

describe("the nightly backup job", () => {
  it("writes a checked copy named by the date into the backups folder; it opens with the rows", async () => {
    const lib = await school();
    const dir = join(tempDir(), "data", "backups");
    const outcome = await nightly(lib, dir);
    expect(outcome).toMatchObject({
      status: "done",
      summary: { file: "shuxiang-2026-09-09.db", existed: false, deleted: [] },
    });
    expect(JSON.stringify(outcome)).not.toContain("张小明");
    expect(readdirSync(dir)).toEqual(["shuxiang-2026-09-09.db"]);
    expect(statSync(join(dir, "shuxiang-2026-09-09.db")).mode & 0o777).toBe(0o600);
    const copy = await openDb(`file:${join(dir, "shuxiang-2026-09-09.db")}`);
    try {
      expect(await copy.patron.findMany({ select: { name: true } })).toEqual([{ name: "张小明" }]);
    } finally {
      await copy.$disconnect();
    }
  });

  it("keeps the newest N nightly copies and never touches a copy made by hand", async () => {
    const lib = await school("2026-09-09");
    const dir = join(tempDir(), "backups");
    mkdirSync(dir, { recursive: true });
    for (const day of ["03", "04", "05", "07", "08"]) {
      writeFileSync(join(dir, `shuxiang-2026-09-${day}.db`), "old");
    }
    writeFileSync(join(dir, "before-upgrade.db"), "mine");
    const outcome = await nightly(lib, dir, 3);
    expect(outcome).toMatchObject({
      status: "done",
      summary: {
        deleted: ["shuxiang-2026-09-03.db", "shuxiang-2026-09-04.db", "shuxiang-2026-09-05.db"],
      },
    });
    expect(readdirSync(dir).sort()).toEqual([
      "before-upgrade.db",
      "shuxiang-2026-09-07.db",
      "shuxiang-2026-09-08.db",
      "shuxiang-2026-09-09.db",
    ]);
  });

  it("does not copy a day twice: a second run for the date keeps the first copy", async () => {
    const lib = await school();
    const dir = join(tempDir(), "backups");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "shuxiang-2026-09-09.db"), "taken earlier");
    const outcome = await nightly(lib, dir);
    expect(outcome).toMatchObject({ status: "done", summary: { existed: true } });
  });

  it("writes beside the database when no folder is configured (shuxiang jobs run)", async () => {
    const lib = await school();
    const source = await databaseFile(lib.db);
    expect(source).not.toBeNull();
    await nightly(lib, null);
    expect(existsSync(join(dirname(source ?? ""), "backups", "shuxiang-2026-09-09.db"))).toBe(true);
  });
});

describe("rotateBackups", () => {
  it("deletes nothing while there are at most N", () => {
    const dir = tempDir();
    for (let d = 1; d <= 14; d++) {
      writeFileSync(join(dir, `shuxiang-2026-09-${String(d).padStart(2, "0")}.db`), "");
    }
    expect(rotateBackups(dir, 14)).toEqual([]);
    writeFileSync(join(dir, "shuxiang-2026-09-15.db"), "");
    expect(rotateBackups(dir, 14)).toEqual(["shuxiang-2026-09-01.db"]);
    expect(readdirSync(dir)).toHaveLength(14);
  });
});
