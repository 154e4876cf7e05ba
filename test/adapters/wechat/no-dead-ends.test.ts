import { afterEach, describe, expect, it } from "vitest";
import { systemActor } from "../../../src/core/actor.ts";
import { issueCodes } from "../../../src/core/bindings/codes.ts";
import type { Library } from "../../../src/core/library.ts";
import { t } from "../../../src/dialogs/texts/index.ts";
import { addCopy, addTitle } from "../../dialogs/reader/fixtures.ts";
import { wechatSchool } from "./fixtures.ts";
import { startMockWechat } from "./mock-harness.ts";
import type { MockWechat } from "./mock-harness.ts";

let wx: MockWechat | undefined;
afterEach(async () => {
  await wx?.close();
  wx = undefined;
});

// Issue 16 over the WeChat fake: trap 5 (renewal answers agree) and 上一步.
describe("a parent on WeChat without dead ends", () => {
  it("is told the same about an overdue loan by 我的 and 续借, which offers only the renewable one", async () => {
    const s = await wechatSchool();
    const late = await s.lib.db.loan.findFirstOrThrow({ where: { copy: { barcode: "B-XYJ-1" } } });
    await s.lib.db.loan.update({ where: { id: late.id }, data: { dueOn: "2026-09-04" } });
    wx = await startMockWechat(s.lib);
    const mum = wx.contact("王妈妈");
    await wx.send(mum, `绑定 ${s.parentCode}`, wx.self);

    const mine = await wx.send(mum, "我的", wx.self);
    expect(mine.join("\n")).toContain("《西游记》到期 09-04（逾期 5 天，不能续借，请尽快归还）");
    expect(mine.join("\n")).toContain("《水浒传》到期 09-11（还剩 2 天，可续借 1 次）");
    const renew = (await wx.send(mum, "续借", wx.self)).join("\n");
    expect(renew).toContain("· 《西游记》：这本书已经逾期 5 天，不能续借。请尽快归还。");
    expect(renew).toMatch(/续借哪一本？\n1\. 水浒传 · 到期 09-11$/);

    // 上一步 at the first question says so and asks it again; with nothing open, says that.
    const back = (await wx.send(mum, "上一步", wx.self)).join("\n");
    expect(back.startsWith("这已经是第一步了")).toBe(true);
    expect(back.endsWith(renew)).toBe(true);
    expect(await wx.send(mum, "1", wx.self)).toEqual(["《水浒传》已续借，新的到期日是 09-18。"]);
    expect((await wx.send(mum, "上一步", wx.self)).join("\n")).toContain("没有上一步可以回去");
  });
});

const zh = "zh-CN" as const;

async function librarianCode(lib: Library): Promise<string> {
  const slips = await issueCodes(lib, systemActor, { librarian: true });
  if (!slips.ok) throw new Error(slips.code);
  return slips.value[0]?.codes[0]?.code ?? "";
}

/** The menu lines of a WeChat reply: "1. …" after its text. */
const menuLines = (reply: string[]) =>
  reply
    .join("\n")
    .split("\n")
    .filter((l) => /^\d+\. /.test(l));

// Issue 16 traps 2, 4 and 7 over the WeChat fake (the terminal chat and Telegram have theirs).
describe("staff and parents on WeChat without dead ends", () => {
  it("asks the librarian which year 12月1日 means on 12-07 and goes back with 上一步 or its number", async () => {
    const s = await wechatSchool();
    s.lib.clock.set("2026-12-07T10:00:00+08:00");
    wx = await startMockWechat(s.lib);
    const li = wx.contact("李老师");
    await wx.send(li, `绑定 ${await librarianCode(s.lib)}`, wx.self);

    await wx.send(li, "活动", wx.self);
    await wx.send(li, "1", wx.self);
    await wx.send(li, "冬季读书节", wx.self);
    const which = await wx.send(li, "12月1日", wx.self);
    expect(which.join("\n")).toContain(
      "“12月1日”是指今年的 2026-12-01（已过去）还是明年的 2027-12-01？",
    );
    expect(menuLines(which)).toEqual([
      "1. 今年 2026-12-01",
      "2. 明年 2027-12-01",
      "3. 上一步",
      "4. 取消",
    ]);
    const end = await wx.send(li, "2", wx.self);
    expect(end.join("\n")).toBe(t(zh, "activity_ask_end", { full: "2027-12-08", short: "12-08" }));
    const backToWhich = (await wx.send(li, "上一步", wx.self)).join("\n");
    expect(backToWhich.startsWith(`${t(zh, "back_done")}\n“12月1日”是指今年`)).toBe(true);
    const backToStart = (await wx.send(li, "3", wx.self)).join("\n");
    expect(backToStart).toBe(
      `${t(zh, "back_done")}\n${t(zh, "activity_ask_start", { full: "2026-12-21", short: "12-21" })}`,
    );
    await wx.send(li, "12-20", wx.self);
    const deadline = (await wx.send(li, "12-31", wx.self)).join("\n");
    expect(deadline).toContain(t(zh, "activity_deadline_q"));
    expect(await wx.send(li, "取消", wx.self)).toEqual([t(zh, "cancelled")]);
    expect(await s.lib.db.activity.count()).toBe(0);
  });

  it("refuses a teacher's class that is not theirs with the reason, and takes a class typed at the librarian's 逾期 menu", async () => {
    const s = await wechatSchool();
    const late = await s.lib.db.loan.findFirstOrThrow({ where: { copy: { barcode: "B-XYJ-1" } } });
    await s.lib.db.loan.update({ where: { id: late.id }, data: { dueOn: "2026-09-04" } });
    wx = await startMockWechat(s.lib);
    const zhao = wx.contact("赵老师");
    await wx.send(zhao, `绑定 ${s.teacherCode}`, wx.self);

    const notMine = t(zh, "class_not_your_class", { name: "4-1", mine: "3-2" });
    expect(await wx.send(zhao, "逾期 4-1", wx.self)).toEqual([notMine]);
    await wx.send(zhao, "排班", wx.self);
    expect(await wx.send(zhao, "4-1", wx.self)).toEqual([notMine]);
    const own = (await wx.send(zhao, "排班 3-2", wx.self)).join("\n");
    expect(own).toContain("3-2");
    expect(own).not.toContain("没有找到");

    const li = wx.contact("李老师");
    await wx.send(li, `绑定 ${await librarianCode(s.lib)}`, wx.self);
    const menu = await wx.send(li, "逾期", wx.self);
    expect(menuLines(menu)).toHaveLength(2);
    const typed = (await wx.send(li, "三年级二班", wx.self)).join("\n");
    expect(typed).toContain("张小明");
    expect(typed).toContain("西游记");
    await wx.send(li, "逾期", wx.self);
    expect((await wx.send(li, "5-3", wx.self)).join("\n")).toMatch(/^学校没有 5-3 班/);
  });

  it("refuses a reference book at once, marks recommended new books, takes 22:30-06:30 and lets the librarian set and remove a 小管's duty", async () => {
    const s = await wechatSchool();
    const dict = await addTitle(s.lib.db, "新华字典", { isReference: true });
    await addCopy(s.lib.db, dict.id, { status: "on_loan" });
    await addTitle(s.lib.db, "草房子", { addedOn: "2026-09-05", recommended: true });
    wx = await startMockWechat(s.lib);
    const mum = wx.contact("王妈妈");
    await wx.send(mum, `绑定 ${s.parentCode}`, wx.self);

    await wx.send(mum, "预约 新华字典", wx.self);
    expect(await wx.send(mum, "1", wx.self)).toEqual([t(zh, "reader_hold_reference_only")]);
    expect(await s.lib.db.hold.count()).toBe(0);
    const news = (await wx.send(mum, "新书", wx.self)).join("\n");
    expect(news).toContain("· 【推荐】草房子");
    expect(news).not.toMatch(/^\d+\. 草房子/m);
    await wx.send(mum, "设置", wx.self);
    await wx.send(mum, "2", wx.self);
    expect(await wx.send(mum, "4", wx.self)).toEqual([t(zh, "settings_quiet_ask")]);
    const quiet = (await wx.send(mum, "22:30-06:30", wx.self)).join("\n");
    expect(quiet).toContain(t(zh, "settings_quiet_saved", { quiet: "22:30-06:30" }));
    await wx.send(mum, "取消", wx.self);

    const li = wx.contact("李老师");
    await wx.send(li, `绑定 ${await librarianCode(s.lib)}`, wx.self);
    expect((await wx.send(li, "小管 S1", wx.self)).join("\n")).toContain("发送“值日”");
    const duty = await wx.send(li, "值日", wx.self);
    expect(menuLines(duty)).toEqual(["1. 安排值日", "2. 移除值日", "3. 结束"]);
    await wx.send(li, "1", wx.self);
    await wx.send(li, "S1", wx.self);
    await wx.send(li, "3", wx.self);
    expect((await wx.send(li, "12:00-12:40", wx.self)).join("\n")).toContain(
      "已给 张小明 安排值日",
    );
    await wx.send(li, "值日", wx.self);
    await wx.send(li, "移除值日", wx.self);
    const sure = await wx.send(li, "1", wx.self);
    expect(menuLines(sure)).toEqual(["1. 确认移除", "2. 取消", "3. 上一步"]);
    expect((await wx.send(li, "1", wx.self)).join("\n")).toContain(
      "已移除值日：张小明 · 每周三 12:00–12:40",
    );
    expect(await s.lib.db.rotaEntry.count({ where: { kind: "duty" } })).toBe(0);
  });
});

// Issue 16 traps 1, 3, 6 and 8 over the WeChat fake.
describe("the desk, typos, a language switch and emoji on WeChat", () => {
  it("lends a pupil's second scanned book to the same pupil at the desk", async () => {
    const s = await wechatSchool();
    const fang = await s.lib.db.patron.create({
      data: { cardNumber: "S2", name: "王芳", role: "student", classId: s.c32.id },
    });
    const title = await addTitle(s.lib.db, "草房子");
    const [one, two] = [await addCopy(s.lib.db, title.id), await addCopy(s.lib.db, title.id)];
    const barcode = async (id: number) =>
      (await s.lib.db.copy.findUniqueOrThrow({ where: { id }, select: { barcode: true } })).barcode;
    wx = await startMockWechat(s.lib);
    const li = wx.contact("李老师");
    await wx.send(li, `绑定 ${await librarianCode(s.lib)}`, wx.self);

    const first = (await wx.send(li, `借 S2 ${await barcode(one.id)}`, wx.self)).join("\n");
    expect(first).toContain(t(zh, "desk_next_checkout"));
    const second = (await wx.send(li, await barcode(two.id), wx.self)).join("\n");
    expect(second).toContain(
      t(zh, "desk_same_reader", { card: "S2", barcode: await barcode(two.id) }),
    );
    expect(await s.lib.db.loan.count({ where: { patronId: fang.id, returnedAt: null } })).toBe(2);
  });

  it("asks 你是想“续借”吗 for 续接, greets 你好, answers an emoji kindly, and speaks English after 设置", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    const mum = wx.contact("王妈妈");
    await wx.send(mum, `绑定 ${s.parentCode}`, wx.self);

    const typo = await wx.send(mum, "续接", wx.self);
    expect(typo.join("\n")).toContain(t(zh, "guess_did_you_mean", { words: "“续借”" }));
    expect(menuLines(typo)).toEqual(["1. 续借", `2. ${t(zh, "guess_none")}`]);
    expect((await wx.send(mum, "1", wx.self)).join("\n")).toContain(t(zh, "reader_renew_prompt"));
    await wx.send(mum, "取消", wx.self);
    expect(await wx.send(mum, "你好", wx.self)).toEqual([t(zh, "guess_greeting")]);
    expect(await wx.send(mum, "👍👍", wx.self)).toEqual([t(zh, "guess_tiny")]);

    await wx.send(mum, "设置", wx.self);
    await wx.send(mum, "1", wx.self);
    const english = await wx.send(mum, "2", wx.self);
    expect(english.join("\n")).toContain(t("en", "settings_locale_saved"));
    expect(menuLines(english)).toEqual([
      "1. Language",
      "2. Quiet hours",
      "3. Notices",
      "4. Done",
      "5. Back",
      "6. Cancel",
    ]);
    expect(await wx.send(mum, "6", wx.self)).toEqual([t("en", "cancelled")]);
    expect((await wx.send(mum, "帮助", wx.self)).join("\n")).toContain(t("en", "help_cmd_mine"));
  });
});
