import { describe, expect, it } from "vitest";
import { Bot } from "../../../src/dialogs/bot.ts";
import { registerSchoolYearDialogs } from "../../../src/dialogs/school-year-dialogs.ts";
import { registerStaffDialogs } from "../../../src/dialogs/staff-dialogs.ts";
import { addCopy, addLoan, addTitle, school, send, textOf } from "../staff/fixtures.ts";

/** The staff school with 盘点 / 待修 registered, and copies on two floors. */
async function shelves() {
  const s = await school();
  const bot = new Bot({
    lib: s.lib,
    areas: [registerStaffDialogs, registerSchoolYearDialogs],
    defaultLocale: "zh-CN",
  });
  const xyj = await addTitle(s.db, "西游记");
  const shz = await addTitle(s.db, "水浒传");
  const place = async (titleId: number, location: string, status = "available") => {
    const c = await addCopy(s.db, titleId, status);
    await s.db.copy.update({ where: { id: c.id }, data: { location } });
    return c;
  };
  const here = await place(xyj.id, "一楼借阅区");
  const lent = await place(xyj.id, "一楼借阅区");
  await addLoan(s.db, s.ming.id, lent.id, "2026-09-16");
  const gone = await place(shz.id, "一楼借阅区");
  const fixing = await place(shz.id, "一楼借阅区", "in_repair");
  const upstairs = await place(shz.id, "二楼阅览室");
  return { ...s, bot, here, lent, gone, fixing, upstairs };
}

const say = async (bot: Bot, who: string, text: string) => textOf(await send(bot, who, text));

describe("盘点: a stocktake of a location in chat", () => {
  it("lets the librarian and the 小管 on duty scan, and reports missing, misplaced and on-loan copies", async () => {
    const s = await shelves();
    expect(await say(s.bot, "librarian", "盘点 一楼借阅区")).toBe(
      "开始盘点：一楼借阅区。\n请逐本扫描“一楼借阅区”书架上的条码（可以一次发多个，用空格隔开），全部扫完发送“完成”。",
    );
    expect(await say(s.bot, "librarian", s.here.barcode)).toBe(
      `✓ ${s.here.barcode}《西游记》（已扫 1 本）\n继续扫码，扫完发送“完成”。`,
    );
    expect(await say(s.bot, "librarian", `${s.here.barcode} X999`)).toBe(
      `${s.here.barcode}《西游记》已经扫过，不重复计数\n✗ 条码 X999 不在馆藏中，请核对。\n继续扫码，扫完发送“完成”。`,
    );
    expect(await say(s.bot, "librarian", "完成")).toBe(
      "本次扫了 1 本。一楼借阅区 的盘点仍在进行；全部扫完后发送“盘点 结束”出报告。",
    );
    // The 小管 on duty (Wednesday 09:30–10:30; it is 10:00) scans into the open stocktake.
    expect(await say(s.bot, "xiaoguan", "盘点")).toContain("请逐本扫描“一楼借阅区”");
    expect(await say(s.bot, "xiaoguan", s.upstairs.barcode)).toBe(
      `✓ ${s.upstairs.barcode}《水浒传》（已扫 2 本）；⚠ 这本书属于“二楼阅览室”，放错了位置（错架）\n继续扫码，扫完发送“完成”。`,
    );
    expect(await say(s.bot, "xiaoguan", "完成")).toContain("本次扫了 1 本。");
    // Starting the same location again resumes the open one: one open stocktake per location.
    expect(await say(s.bot, "librarian", "盘点 一楼借阅区")).toContain(
      "一楼借阅区 的盘点正在进行（已扫 2 本），继续扫码。",
    );
    expect(await s.db.stocktake.count()).toBe(1);
    const report = await say(s.bot, "librarian", "盘点 结束");
    expect(report).toBe(
      [
        "盘点报告：一楼借阅区",
        "应在此 4 本：扫到 1 本，缺失 1 本，借出 1 本，另放（预约架、待修）1 本；错架 1 本。",
        "缺失（未扫到、未借出）1 本：",
        `· ${s.gone.barcode}《水浒传》`,
        "错架（扫到了，但属于别的位置）1 本：",
        `· ${s.upstairs.barcode}《水浒传》→ 应放 二楼阅览室`,
        "借出中 1 本：",
        `· ${s.lent.barcode}《西游记》`,
        "另放（预约架、待修）1 本：",
        `· ${s.fixing.barcode}《水浒传》`,
      ].join("\n"),
    );
    expect(await say(s.bot, "xiaoguan", "盘点")).toBe("现在没有进行中的盘点。");
    expect(await say(s.bot, "librarian", "盘点 报告")).toBe(report);
    const audit = await s.db.auditLog.findMany({
      where: { action: { startsWith: "stocktake." } },
      select: { action: true },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "stocktake.start",
      "stocktake.scan",
      "stocktake.scan",
      "stocktake.finish",
    ]);
  });

  it("refuses an unknown location, a 小管 off duty and a group chat, changing nothing", async () => {
    const s = await shelves();
    expect(await say(s.bot, "librarian", "盘点 三楼")).toBe(
      "没有叫“三楼”的馆藏位置。现有位置：一楼借阅区、二楼阅览室。",
    );
    expect(await say(s.bot, "librarian", "盘点")).toContain("盘点哪个位置？");
    expect(await say(s.bot, "librarian", "2")).toContain("开始盘点：二楼阅览室。");
    s.lib.clock.set("2026-09-09T11:00:00+08:00");
    expect(await say(s.bot, "xiaoguan", "盘点")).toBe("你现在不在值日时间，不能为盘点扫码。");
    expect(await say(s.bot, "librarian", "盘点 结束 一楼借阅区")).toBe(
      "“一楼借阅区”没有进行中的盘点。",
    );
    // In a class group the command is not offered: nothing is answered or opened.
    const inGroup = await send(s.bot, "librarian", "盘点 一楼借阅区", {
      chatId: "g1",
      isGroup: true,
    });
    expect(textOf(inGroup)).not.toContain("开始盘点");
    expect(await s.db.stocktake.count()).toBe(1);
    expect(await s.db.stocktakeScan.count()).toBe(0);
  });

  it("lets the librarian finish while scanning by typing 盘点 结束", async () => {
    const s = await shelves();
    await say(s.bot, "librarian", "盘点 二楼阅览室");
    await say(s.bot, "librarian", s.upstairs.barcode);
    expect(await say(s.bot, "librarian", "盘点 结束")).toBe(
      "盘点报告：二楼阅览室\n应在此 1 本：扫到 1 本，缺失 0 本，借出 0 本，另放（预约架、待修）0 本；错架 0 本。",
    );
    const row = await s.db.stocktake.findFirstOrThrow({ select: { openLocation: true } });
    expect(row.openLocation).toBeNull();
  });
});
