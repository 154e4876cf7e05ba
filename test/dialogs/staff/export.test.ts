import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { systemActor } from "../../../src/core/actor.ts";
import { lendToCorner, openCornerBatch } from "../../../src/core/corners/class-corner.ts";
import { recordVisit } from "../../../src/core/visits/record-visit.ts";
import { t } from "../../../src/dialogs/texts/index.ts";
import type { Reply } from "../../../src/messages.ts";
import { addLoan, book, menuOf, press, school, send, textOf } from "./fixtures.ts";

const zh = "zh-CN" as const;

/** The one file among the replies, its sheets read back as rows of cell values. */
async function fileOf(replies: Reply[]) {
  const files = replies.filter((r) => r.file);
  expect(files).toHaveLength(1);
  const [reply] = files as [Reply & { file: NonNullable<Reply["file"]> }];
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(reply.file.base64, "base64") as unknown as ArrayBuffer);
  const sheets = wb.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { name: ws.name, rows };
  });
  return { name: reply.file.name, caption: reply.text, sheets };
}

/** 张小明 (3-2) and 赵大海 (4-1) each have a book a week late. */
async function lateSchool() {
  const s = await school();
  const xyj = await book(s.db, "西游记");
  const shz = await book(s.db, "水浒传");
  await addLoan(s.db, s.ming.id, xyj.id, "2026-09-02");
  await addLoan(s.db, s.hai.id, shz.id, "2026-09-02");
  return s;
}

describe("导出", () => {
  it("gives the librarian the whole school's overdue list as an .xlsx file", async () => {
    const s = await lateSchool();
    const menu = await send(s.bot, "librarian", "导出");
    expect(textOf(menu)).toBe(t(zh, "export_pick"));
    expect(menuOf(menu)).toEqual(["overdue", "figures", "broadcast"]);
    const file = await fileOf(await press(s.bot, "librarian", menu, "overdue"));
    expect(file.name).toBe("逾期名单-2026-09-09.xlsx");
    expect(file.caption).toBe(t(zh, "export_sent", { what: "逾期名单", rows: 2 }));
    const [sheet] = file.sheets;
    expect(sheet?.rows[0]).toEqual([
      "班级",
      "学生",
      "书名",
      "条码",
      "应还日期",
      "逾期天数",
      "逾期级别",
    ]);
    expect(sheet?.rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ["3-2", "张小明", "西游记"],
      ["4-1", "赵大海", "水浒传"],
    ]);
  });

  it("gives a class teacher only their own class, and refuses another class or other tables", async () => {
    const s = await lateSchool();
    const file = await fileOf(await send(s.bot, "teacher", "导出"));
    expect(file.sheets[0]?.rows.slice(1).map((r) => r[1])).toEqual(["张小明"]);
    const other = await send(s.bot, "teacher", "导出 4-1");
    expect(other.some((r) => r.file)).toBe(false);
    expect(textOf(other)).toBe(t(zh, "class_not_your_class", { name: "4-1", mine: "3-2" }));
    const figures = await send(s.bot, "teacher", "导出 统计");
    expect(textOf(figures)).toBe(t(zh, "export_librarian_only"));
  });

  it("refuses parents with a clear answer, and everyone in a group chat", async () => {
    const s = await lateSchool();
    const parent = await send(s.bot, "parent", "导出");
    expect(parent).toEqual([{ text: t(zh, "export_not_allowed") }]);
    const group = await send(s.bot, "librarian", "/export", { chatId: "g1", isGroup: true });
    expect(group).toEqual([{ text: t(zh, "export_private") }]);
  });

  it("says there is nothing overdue instead of sending an empty table", async () => {
    const s = await school();
    const replies = await send(s.bot, "teacher", "导出 逾期");
    expect(replies).toEqual([{ text: t(zh, "export_nothing_overdue") }]);
  });

  it("exports this week's class figures for the librarian", async () => {
    const s = await lateSchool();
    const file = await fileOf(await send(s.bot, "librarian", "导出 统计"));
    expect(file.name).toBe("班级借阅统计-2026-09-07.xlsx");
    const rows = file.sheets[0]?.rows ?? [];
    expect(rows[0]?.slice(0, 3)).toEqual(["排名", "班级", "学生人数"]);
    expect(
      rows
        .slice(1, 3)
        .map((r) => r[1])
        .sort(),
    ).toEqual(["3-2", "4-1"]);
  });

  it("adds each class's corner books and this week's library visits to the figures", async () => {
    const s = await lateSchool();
    const batch = await openCornerBatch(s.lib, systemActor, { className: "3-2" });
    if (!batch.ok) throw new Error(batch.code);
    for (const title of ["三国演义", "红楼梦"]) {
      const copy = await book(s.db, title);
      await lendToCorner(s.lib, systemActor, {
        batchId: batch.value.batchId,
        barcode: copy.barcode,
      });
    }
    expect((await recordVisit(s.lib, systemActor, { className: "4-1", kind: "visit" })).ok).toBe(
      true,
    );
    const [headers, ...rows] = (await fileOf(await send(s.bot, "librarian", "导出 统计"))).sheets[0]
      ?.rows ?? [[]];
    expect(headers?.slice(-3)).toEqual([
      "图书角在班（册）",
      "本学期图书角借出（册）",
      "本周到馆（次）",
    ]);
    const byClass = new Map(rows.map((r) => [r[1], r.slice(-3)]));
    expect(byClass.get("3-2")).toEqual([2, 2, 0]);
    expect(byClass.get("4-1")).toEqual([0, 0, 1]);
    await s.db.chatMember.update({ where: { id: s.members.librarian }, data: { locale: "en" } });
    const en = await fileOf(await send(s.bot, "librarian", "export figures"));
    expect(en.sheets[0]?.rows[0]?.slice(-3)).toEqual([
      "Corner books in class",
      "Corner books lent this term",
      "Library visits this week",
    ]);
  });

  it("lets the librarian pick a broadcast and sends its delivery report", async () => {
    const s = await school();
    const b = await s.db.broadcast.create({
      data: { text: "周五闭馆", audience: "{}", recipientCount: 1 },
    });
    await s.db.outbox.create({
      data: {
        platform: "console",
        chatId: "parent",
        kind: "broadcast",
        payload: "{}",
        dedupeKey: `broadcast:${b.id}:parent`,
        broadcastId: b.id,
        status: "sent",
        sentAt: new Date("2026-09-09T09:00:00+08:00"),
      },
    });
    const menu = await send(s.bot, "librarian", "导出 广播");
    expect(textOf(menu)).toBe(t(zh, "export_pick_broadcast"));
    expect(menuOf(menu)).toEqual([`b${b.id}`]);
    const file = await fileOf(await press(s.bot, "librarian", menu, `b${b.id}`));
    expect(file.sheets.map((x) => x.name)).toEqual(["广播", "送达情况"]);
    expect(file.sheets[0]?.rows[1]?.slice(2, 5)).toEqual(["周五闭馆", 1, 1]);
    expect(file.sheets[1]?.rows[1]?.slice(0, 4)).toEqual(["终端", "parent", "否", "已送达"]);
    const missing = await send(s.bot, "librarian", "导出 广播 999");
    expect(textOf(missing)).toBe(t(zh, "export_no_such_broadcast"));
  });

  it("answers in English with English headers for an English-speaking librarian", async () => {
    const s = await lateSchool();
    await s.db.chatMember.update({ where: { id: s.members.librarian }, data: { locale: "en" } });
    const file = await fileOf(await send(s.bot, "librarian", "export overdue"));
    expect(file.name).toBe("overdue-2026-09-09.xlsx");
    expect(file.caption).toBe("Overdue list (2 rows)");
    expect(file.sheets[0]?.rows[0]?.[0]).toBe("Class");
  });

  it("refuses a table too large to send in chat instead of storing it as a reply", async () => {
    const s = await school();
    const b = await s.db.broadcast.create({
      data: { text: "周五闭馆", audience: "{}", recipientCount: 220 },
    });
    // Failure reasons of random bytes do not compress: 220 of 24 kB make a file over 4 MiB.
    await s.db.outbox.createMany({
      data: Array.from({ length: 220 }, (_, i) => ({
        platform: "console",
        chatId: `c${i}`,
        kind: "broadcast",
        payload: "{}",
        dedupeKey: `broadcast:${b.id}:c${i}`,
        broadcastId: b.id,
        status: "dead",
        lastError: randomBytes(24_000).toString("base64"),
      })),
    });
    const replies = await send(s.bot, "librarian", `导出 广播 ${b.id}`);
    expect(replies).toEqual([{ text: t(zh, "export_too_large") }]);
  });
});
