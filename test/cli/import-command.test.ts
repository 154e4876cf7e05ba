import { writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/db.ts";
import { csvFile } from "../core/imports/files.ts";
import { roster, run, useTempDatabase } from "./cli-harness.ts";

const temp = useTempDatabase();

/** What an import could change: rows of every table it writes, and its audit rows. */
async function snapshot() {
  const db = temp.db();
  return {
    patrons: await db.patron.findMany({ orderBy: { id: "asc" } }),
    classes: await db.schoolClass.findMany({ orderBy: { id: "asc" } }),
    heads: await db.classTeacher.count(),
    titles: await db.title.count(),
    copies: await db.copy.count(),
    rota: await db.rotaEntry.count(),
    audit: await db.auditLog.count(),
  };
}

describe("shuxiang import", () => {
  it("imports a roster and says what it did and each bad row in the librarian's words", async () => {
    const r = await run("import", "roster", roster());
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      "读者名单导入完成：新增 3 条，更新 0 条，有 1 行有问题，已跳过：\n" +
        "第 5 行：身份「家长」看不懂（应为 学生 或 教师）",
    );
    expect(await temp.db().patron.count()).toBe(3);
  });

  it("answers in English with --lang en", async () => {
    const r = await run("import", "roster", roster(), "--lang", "en");
    expect(r.out).toBe(
      'roster imported: 3 added, 0 updated; 1 rows with problems were skipped:\nline 5: role "家长" is not understood (student or teacher)',
    );
  });

  it("with --dry-run checks and counts everything but leaves the database as it was", async () => {
    await run("import", "roster", csvFile(["借书证号,姓名,身份,班级", "S9,王五,学生,1-1"]));
    const before = await snapshot();
    const r = await run("import", "roster", roster(), "--dry-run");
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "试运行，什么也没有写入。正式导入这份读者名单将会新增 3 条，更新 0 条；有 1 行有问题",
    );
    expect(r.out).toContain("第 5 行：身份「家长」");
    expect(await snapshot()).toEqual(before);
    const catalog = csvFile(["条码,题名", "B1,西游记", "B2,水浒传", "B2,红楼梦"]);
    const dry = await run("import", "catalog", catalog, "--dry-run");
    expect(dry.out).toContain("新增 2 条");
    expect(dry.out).toContain("第 4 行：条码「B2」与前面的行重复");
    expect(await snapshot()).toEqual(before);
    expect((await run("import", "roster", roster())).out).toContain("新增 3 条");
  });

  it("reads a roster saved by Excel on Chinese Windows (GBK)", async () => {
    const file = join(tempDir(), "名单.csv");
    writeFileSync(
      file,
      iconv.encode("借书证号,姓名,身份,班级\r\nS1,张小明,学生,3年2班\r\n", "gbk"),
    );
    const r = await run("import", "roster", file);
    expect(r.code).toBe(0);
    const pupil = await temp.db().patron.findUnique({
      where: { cardNumber: "S1" },
      select: { name: true, class: { select: { name: true } } },
    });
    expect(pupil).toEqual({ name: "张小明", class: { name: "3-2" } });
  });

  it("shows progress on stderr with --progress (or in a terminal), and none otherwise", async () => {
    const lines = ["条码,题名", ...Array.from({ length: 2500 }, (_, i) => `B${i},书${i}`)];
    const quiet = await run("import", "catalog", csvFile(lines));
    expect(quiet.err).toBe("");
    const shown = await run("import", "catalog", csvFile(lines), "--progress");
    expect(shown.err).toBe("已处理 2000 / 2500 行…\n已处理 2500 / 2500 行…");
  });

  it("names the classes that exist when a row names one that does not", async () => {
    await run("import", "roster", roster());
    const rota = csvFile([
      "类型,班级,星期,开始,结束",
      "slot,3-2,周一,08:00,08:40",
      "slot,6-6,周二,08:00,08:40",
    ]);
    const r = await run("import", "rota", rota);
    expect(r.out).toContain("第 3 行：班级「6-6」不存在\n现有班级：3-2");
  });

  it("on a first dry run names the classes the roster itself would create", async () => {
    const file = csvFile([
      "借书证号,姓名,身份,班级,班主任班级,小管",
      "S1,张小明,学生,3年2班,,否",
      "S2,李华,学生,3-1,,",
      "S3,赵敏,学生,3-1,,也许",
      "T1,陈老师,教师,,4-5,",
    ]);
    const r = await run("import", "roster", file, "--dry-run");
    expect(r.out.split("\n").slice(1)).toEqual([
      "第 4 行：小管「也许」看不懂（应为 是 或 否，只有学生能当小管）",
      "第 5 行：班主任班级「4-5」不存在（名单里和系统里都没有这个班的学生）",
      "现有班级：3-1、3-2",
    ]);
    expect(await temp.db().schoolClass.count()).toBe(0);
  });

  it("exits 1 and writes nothing when the file cannot be read or lacks a column", async () => {
    const r = await run("import", "catalog", join(tempDir(), "missing.csv"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^找不到文件 .*missing\.csv。没有导入任何数据。$/);
    const m = await run("import", "catalog", csvFile(["title", "西游记"]));
    expect(m.code).toBe(1);
    expect(m.err).toContain("缺少「条码」列。没有导入任何数据。");
    expect(await temp.db().title.count()).toBe(0);
  });

  it("answers a wrong kind of import or an unknown option with the usage and exit 2", async () => {
    const r = await run("import", "books", "x.csv");
    expect(r.code).toBe(2);
    expect(r.err).toContain("用法：shuxiang import catalog|roster|rota 文件");
    const o = await run("import", "roster", "x.csv", "--dryrun");
    expect(o.code).toBe(2);
    expect(o.err).toContain("不认识的选项 --dryrun。");
  });
});
