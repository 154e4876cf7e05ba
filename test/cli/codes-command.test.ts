import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/db.ts";
import { roster, run, useTempDatabase } from "./cli-harness.ts";

const temp = useTempDatabase();
const code = "[2-9A-Z]{4}-[2-9A-Z]{4}";

describe("shuxiang codes", () => {
  it("prints a slip per pupil with the parent code, the pupil code and how to bind", async () => {
    await run("import", "roster", roster());
    const r = await run("codes", "3年2班");
    expect(r.code).toBe(0);
    expect(r.out.match(/书香 · 图书馆绑定条/g)).toHaveLength(2);
    expect(r.out).toContain("姓名：张小明　班级：3-2　借书证号：S1");
    const parent = new RegExp(`家长码（可供 2 位家长使用）：(${code})`).exec(r.out)?.[1];
    expect(parent).toBeDefined();
    expect(r.out).toContain(`在微信或 Telegram 中发送：绑定 ${parent}`);
    expect(r.out).toMatch(new RegExp(`学生码：${code}`));
    expect(r.out).toMatch(/有效期至 \d{4}-\d{2}-\d{2}/);
    expect(await temp.db().bindingCode.count()).toBe(4);
  });

  it("writes teacher slips to a file with --out", async () => {
    await run("import", "roster", roster());
    const file = join(tempDir(), "teachers.txt");
    const r = await run("codes", "--teachers", "--out", file);
    expect(r).toMatchObject({ code: 0, out: `已把 1 张绑定条写入 ${file}` });
    const text = readFileSync(file, "utf8");
    expect(text).toContain("姓名：赵老师　班级：3-2　借书证号：T1");
    expect(text).toMatch(new RegExp(`教师码：${code}`));
  });

  it("refuses to revoke live codes: says how many and to add --reissue; nothing changes", async () => {
    await run("import", "roster", roster());
    const first = await run("codes", "3-2");
    const r = await run("codes", "3-2", "--out", join(tempDir(), "again.txt"));
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "3-2 班已有 4 个有效的绑定码，已打印的绑定条仍可使用，所以这次没有发放新码。",
    );
    expect(r.err).toContain("请加上 --reissue：shuxiang codes 3-2 --out");
    expect(await temp.db().bindingCode.count()).toBe(4);
    expect(await temp.db().bindingCode.count({ where: { revokedAt: null } })).toBe(4);
    const bind = await run("codes", "--librarian");
    expect(bind.code).toBe(0);
    expect(first.out).not.toBe("");
  });

  it("revokes the printed codes and issues new ones with --reissue", async () => {
    await run("import", "roster", roster());
    const first = await run("codes", "3-2");
    const second = await run("codes", "3-2", "--reissue");
    expect(second.code).toBe(0);
    const codesOf = (out: string) => out.match(new RegExp(code, "g"));
    expect(codesOf(second.out)).toHaveLength(8);
    expect(codesOf(second.out)?.some((c) => codesOf(first.out)?.includes(c))).toBe(false);
    expect(await temp.db().bindingCode.count({ where: { revokedAt: { not: null } } })).toBe(4);
    expect(await temp.db().bindingCode.count({ where: { revokedAt: null } })).toBe(4);
  });

  it("reprints one lost slip with --card, leaving the rest of the class's slips working", async () => {
    await run("import", "roster", roster());
    await run("codes", "3-2");
    const live = await run("codes", "--card", "S1");
    expect(live.code).toBe(1);
    expect(live.err).toContain("借书证号 S1 的读者已有 2 个有效的绑定码");
    const r = await run("codes", "--card", "S1", "--reissue");
    expect(r.code).toBe(0);
    expect(r.out.match(/书香 · 图书馆绑定条/g)).toHaveLength(1);
    expect(r.out).toContain("姓名：张小明　班级：3-2　借书证号：S1");
    expect(await temp.db().bindingCode.count({ where: { revokedAt: { not: null } } })).toBe(2);
    expect(await temp.db().bindingCode.count({ where: { revokedAt: null } })).toBe(4);
    expect(await run("codes", "--card", "X1")).toMatchObject({
      code: 1,
      err: "没有借书证号为「X1」的在校学生或教师。",
    });
  });

  it("answers the librarian in English with --lang en", async () => {
    await run("import", "roster", roster());
    await run("codes", "--teachers");
    const r = await run("codes", "--teachers", "--lang", "en");
    expect(r.err).toContain("The teachers already has 1 live binding codes");
    expect(r.err).toContain("add --reissue: shuxiang codes --teachers --reissue");
  });

  it("names the classes that exist when the class is unknown, and issues nothing", async () => {
    await run("import", "roster", roster());
    const r = await run("codes", "9-9");
    expect(r).toMatchObject({ code: 1, err: "没有「9-9」这个班级。现有班级：3-2" });
    expect(await temp.db().bindingCode.count()).toBe(0);
  });

  it("refuses two targets with the usage, and an empty school with what to do", async () => {
    expect((await run("codes", "3-2", "--librarian")).code).toBe(2);
    expect((await run("codes", "--teachers")).err).toContain("请先导入名单");
    expect((await run("codes", "--librarian")).out).toMatch(new RegExp(`图书管理员码：${code}`));
  });

  it("explains itself with --help, in Chinese or English, without touching the database", async () => {
    const zh = await run("codes", "--help");
    expect(zh.code).toBe(0);
    expect(zh.out).toContain("用法：shuxiang codes 班级|--teachers|--librarian");
    expect(zh.out).toContain("--reissue");
    expect(zh.out).toContain("--html 文件");
    expect(zh.out).toContain("--card 借书证号");
    const en = await run("codes", "--help", "--lang", "en");
    expect(en.out).toContain("--html FILE");
    expect((await run("codes", "3-2", "--lang", "fr")).code).toBe(2);
  });
});
