import { describe, expect, it } from "vitest";
import { Bot } from "../../../src/dialogs/bot.ts";
import { registerReaderDialogs } from "../../../src/dialogs/reader-dialogs.ts";
import { registerSchoolYearDialogs } from "../../../src/dialogs/school-year-dialogs.ts";
import { registerStaffDialogs } from "../../../src/dialogs/staff-dialogs.ts";
import { addCopy, addLoan, addTitle, school, send, textOf } from "../staff/fixtures.ts";

async function desk() {
  const s = await school();
  const bot = new Bot({
    lib: s.lib,
    areas: [registerStaffDialogs, registerSchoolYearDialogs, registerReaderDialogs],
    defaultLocale: "zh-CN",
  });
  const t = await addTitle(s.db, "草房子");
  const copy = await addCopy(s.db, t.id);
  const card = (await s.db.patron.findUniqueOrThrow({ where: { id: s.ming.id } })).cardNumber;
  return { ...s, bot, titleId: t.id, copy, card };
}

const say = async (bot: Bot, who: string, text: string) => textOf(await send(bot, who, text));

describe("待修 / 修好: copies in repair", () => {
  it("sets a copy aside so the desk refuses it, search shows it in repair, and 修好 serves the waiting reader", async () => {
    const s = await desk();
    const bc = s.copy.barcode;
    expect(await say(s.bot, "librarian", `待修 ${bc}`)).toBe(
      `已登记待修：${bc}《草房子》，修好前不能借出。修好后发送“修好 ${bc}”。`,
    );
    expect(await say(s.bot, "librarian", `待修 ${bc}`)).toBe(`${bc} 已经在待修中。`);
    expect(await say(s.bot, "xiaoguan", "修好")).toBe(
      `现在待修 1 本：\n· ${bc}《草房子》\n请发送要登记的条码（可以多个，用空格隔开）。`,
    );
    expect(await say(s.bot, "xiaoguan", "取消")).toBe("已取消。");
    expect(await say(s.bot, "librarian", `借 ${s.card} ${bc}`)).toContain(
      `${bc} 正在待修，修好前不能借出。`,
    );
    expect(await s.db.loan.count()).toBe(0);
    const hits = await send(s.bot, "parent", "搜索 草房子");
    const labels = hits.flatMap((r) => r.choices?.map((c) => c.label) ?? []);
    expect(labels.join("\n")).toContain("在架 0/1 · 1 本待修");
    expect(await say(s.bot, "parent", "1")).toContain("待修：1 本（修好前不能借）");
    // A reader may queue for it: the copy comes back.
    await say(s.bot, "pupil", "预约 草房子");
    expect(await say(s.bot, "pupil", "1")).toContain("第 1 位");
    const hold = await s.db.hold.findFirstOrThrow({ select: { id: true, status: true } });
    expect(hold.status).toBe("queued");
    expect(await say(s.bot, "xiaoguan", `修好 ${bc}`)).toBe(
      `已修好：${bc}《草房子》，有读者在预约，请放到预约架（已通知读者）。`,
    );
    const after = await s.db.copy.findUniqueOrThrow({ where: { id: s.copy.id } });
    expect(after.status).toBe("on_hold_shelf");
    expect(await say(s.bot, "librarian", `修好 ${bc}`)).toBe(`${bc} 不在待修中。`);
    expect(await say(s.bot, "librarian", "修好")).toBe(
      "现在没有待修的书。\n请发送要登记的条码（可以多个，用空格隔开）。",
    );
    expect(await say(s.bot, "librarian", "取消")).toBe("已取消。");
  });

  it("refuses a lent copy, an unknown barcode and anyone off the desk, changing nothing", async () => {
    const s = await desk();
    const lent = await addCopy(s.db, s.titleId);
    await addLoan(s.db, s.hai.id, lent.id, "2026-09-16");
    expect(await say(s.bot, "librarian", `待修 ${lent.barcode} NOPE`)).toBe(
      `${lent.barcode} 现在不在馆内（已借出），不能登记待修；请先办理还书或收回。\n✗ 条码 NOPE 不在馆藏中，请核对。`,
    );
    s.lib.clock.set("2026-09-09T11:00:00+08:00");
    expect(await say(s.bot, "xiaoguan", `待修 ${s.copy.barcode}`)).toBe(
      `只有图书管理员或值日中的小管能登记待修（${s.copy.barcode} 未登记）。`,
    );
    expect(await say(s.bot, "xiaoguan", "修好")).toBe(
      "只有图书管理员或值日中的小管能登记待修和修好。",
    );
    const statuses = await s.db.copy.findMany({ select: { status: true }, orderBy: { id: "asc" } });
    expect(statuses.map((c) => c.status)).toEqual(["available", "on_loan"]);
    expect(await s.db.auditLog.count({ where: { action: { startsWith: "copy." } } })).toBe(0);
  });
});
