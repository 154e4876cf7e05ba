import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/db.ts";
import { roster, run, useTempDatabase } from "./cli-harness.ts";

const temp = useTempDatabase();

describe("shuxiang codes", () => {
  it("prints a slip per pupil with the parent code, the pupil code and how to bind", async () => {
    await run("import", "roster", roster());
    const r = await run("codes", "3年2班");
    expect(r.code).toBe(0);
    expect(r.out.match(/书香 图书馆绑定码/g)).toHaveLength(2);
    expect(r.out).toContain("姓名：张小明　班级：3-2　借书证号：S1");
    const parent = /家长码（可供 2 位家长使用）：([2-9A-Z]{4}-[2-9A-Z]{4})/.exec(r.out)?.[1];
    expect(parent).toBeDefined();
    expect(r.out).toContain(`在微信或 Telegram 中发送：绑定 ${parent}`);
    expect(r.out).toMatch(/学生码：[2-9A-Z]{4}-[2-9A-Z]{4}/);
    expect(r.out).toMatch(/有效期至：\d{4}-\d{2}-\d{2}/);
    expect(await temp.db().bindingCode.count()).toBe(4);
  });

  it("writes teacher slips to a file with --out", async () => {
    await run("import", "roster", roster());
    const file = join(tempDir(), "teachers.txt");
    const r = await run("codes", "--teachers", "--out", file);
    expect(r).toMatchObject({ code: 0, out: `1 slips written to ${file}` });
    const text = readFileSync(file, "utf8");
    expect(text).toContain("姓名：赵老师　班级：3-2　借书证号：T1");
    expect(text).toMatch(/教师码：[2-9A-Z]{4}-[2-9A-Z]{4}/);
  });

  it("refuses an unknown class with exit 1 and two targets with the usage", async () => {
    expect((await run("codes", "9-9")).code).toBe(1);
    expect((await run("codes", "3-2", "--librarian")).code).toBe(2);
    expect((await run("codes", "--librarian")).out).toContain("图书管理员码：");
  });
});
