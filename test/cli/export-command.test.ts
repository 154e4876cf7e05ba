import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { dateIn } from "../../src/core/dates.ts";
import { daysLate } from "../../src/core/reports/overdue-level.ts";
import { tempDir } from "../support/db.ts";
import { addClass, addLoan, addPatron, addTitle } from "../core/reports/fixtures.ts";
import { run, useTempDatabase } from "./cli-harness.ts";

const temp = useTempDatabase();

/** Each sheet of a written workbook as rows of cell values (header first). */
async function readBack(file: string): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets: Record<string, unknown[][]> = {};
  for (const ws of wb.worksheets) {
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    sheets[ws.name] = rows;
  }
  return sheets;
}

/** Two classes; 3-2 has a pupil with two overdue books, 3-1 one with a book not yet due. */
async function school() {
  const db = temp.db();
  const c31 = await addClass(db, 3, 1);
  const c32 = await addClass(db, 3, 2);
  const ming = await addPatron(db, { name: "张小明", classId: c32 });
  const hua = await addPatron(db, { name: "李华", classId: c31 });
  const xyj = await addTitle(db, { title: "西游记", copies: ["on_loan", "on_loan"] });
  const [a = 0, b = 0] = xyj.copyIds;
  await addLoan(db, { copyId: a, patronId: ming, dueOn: "2026-09-10" });
  await addLoan(db, {
    copyId: b,
    patronId: ming,
    dueOn: "2026-09-20",
    issuedAt: "2026-09-08T09:00:00+08:00",
  });
  const shz = await addTitle(db, { title: "水浒传", copies: ["on_loan"] });
  await addLoan(db, { copyId: shz.copyIds[0] ?? 0, patronId: hua, dueOn: "2099-01-01" });
}

describe("shuxiang export", () => {
  it("writes the overdue list with Chinese headers, one row per late book, longest late first", async () => {
    await school();
    const out = join(tempDir(), "逾期.xlsx");
    const r = await run("export", "overdue", "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`逾期名单已导出到 ${out}（2 行）。`);
    const today = dateIn("Asia/Shanghai", new Date());
    const sheet = (await readBack(out))["逾期名单"] ?? [];
    expect(sheet[0]).toEqual(["班级", "学生", "书名", "条码", "应还日期", "逾期天数", "逾期级别"]);
    expect(sheet.slice(1).map((row) => row.slice(0, 3).concat(row[4], row[5]))).toEqual([
      ["3-2", "张小明", "西游记", "2026-09-10", daysLate("2026-09-10", today)],
      ["3-2", "张小明", "西游记", "2026-09-20", daysLate("2026-09-20", today)],
    ]);
    expect(sheet[1]?.[6]).toBe(3);
  });

  it("writes to a dated name in the working folder without --out", async () => {
    await school();
    const dir = tempDir();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await run("export", "overdue", "3-2");
      const name = `逾期名单-3-2-${dateIn("Asia/Shanghai", new Date())}.xlsx`;
      expect(r.out).toBe(`逾期名单已导出到 ${name}（2 行）。`);
      expect((await readBack(join(dir, name)))["逾期名单"]).toHaveLength(3);
    } finally {
      process.chdir(cwd);
    }
  });

  it("limits the list to one class, and names the classes that exist for an unknown one", async () => {
    await school();
    const dir = tempDir();
    const one = await run("export", "overdue", "3-1", "--out", join(dir, "a.xlsx"));
    expect(one.code).toBe(0);
    expect((await readBack(join(dir, "a.xlsx")))["逾期名单"]).toHaveLength(1);
    const unknown = await run("export", "overdue", "3-9", "--out", join(dir, "b.xlsx"));
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe("没有「3-9」这个班级。现有班级：3-1、3-2");
  });

  it("writes a week's class figures, and English headers with --lang en", async () => {
    await school();
    const out = join(tempDir(), "figures.xlsx");
    const r = await run("export", "figures", "--week", "2026-09-09", "--out", out);
    expect(r.code).toBe(0);
    const sheet = (await readBack(out))["班级借阅统计"] ?? [];
    expect(sheet[0]?.slice(0, 5)).toEqual([
      "排名",
      "班级",
      "学生人数",
      "本周借阅（册）",
      "本周借书人数",
    ]);
    const byClass = Object.fromEntries(sheet.slice(1, 3).map((row) => [row[1], row.slice(2, 5)]));
    expect(byClass).toEqual({ "3-1": [1, 0, 0], "3-2": [1, 1, 1] });
    expect(sheet[0]?.slice(-3)).toEqual([
      "图书角在班（册）",
      "本学期图书角借出（册）",
      "本周到馆（次）",
    ]);
    expect(sheet[1]?.slice(-3)).toEqual([0, 0, 0]);
    expect(sheet.at(-1)).toEqual(["统计周：2026-09-07 至 2026-09-13"]);
    const en = await run("export", "figures", "--week", "2026-09-09", "--out", out, "--lang", "en");
    expect(en.out).toContain("class figures written to");
    expect((await readBack(out))["Class figures"]?.[0]?.[1]).toBe("Class");
    const bad = await run("export", "figures", "--week", "next");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--week 要写成 2026-09-07 这样的日期");
  });

  it("writes a broadcast's delivery: what was sent, and who got it or why not", async () => {
    const db = temp.db();
    const classId = await addClass(db, 3, 2);
    await db.chatMember.create({
      data: { platform: "telegram", userId: "11", displayName: "小明妈妈" },
    });
    await db.chatGroup.create({ data: { platform: "wechat", chatId: "room-1", classId } });
    const b = await db.broadcast.create({
      data: { text: "周五闭馆", audience: "{}", recipientCount: 2 },
    });
    const row = { kind: "broadcast", payload: "{}", broadcastId: b.id };
    await db.outbox.create({
      data: {
        ...row,
        dedupeKey: "k1",
        platform: "telegram",
        chatId: "11",
        status: "sent",
        sentAt: new Date(),
      },
    });
    await db.outbox.create({
      data: {
        ...row,
        dedupeKey: "k2",
        platform: "wechat",
        chatId: "room-1",
        isGroup: true,
        status: "dead",
        lastError: "unreachable",
      },
    });
    const out = join(tempDir(), "b.xlsx");
    expect((await run("export", "broadcast", String(b.id), "--out", out)).code).toBe(0);
    const sheets = await readBack(out);
    expect(sheets["广播"]?.[1]?.slice(2)).toEqual(["周五闭馆", 2, 1, 1, 0]);
    expect(sheets["送达情况"]?.[0]).toEqual([
      "平台",
      "收件人",
      "群聊",
      "状态",
      "送达时间",
      "失败原因",
    ]);
    expect(sheets["送达情况"]?.[1]?.slice(0, 4)).toEqual(["Telegram", "小明妈妈", "否", "已送达"]);
    const failed = sheets["送达情况"]?.[2] ?? [];
    expect(failed.slice(0, 4)).toEqual(["微信", "3-2 班级群", "是", "发送失败"]);
    expect(failed[5]).toBe("unreachable");
    const missing = await run("export", "broadcast", "999", "--out", out);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe("没有第 999 号广播。");
    expect((await run("export", "broadcast", "x")).code).toBe(2);
  });
});
