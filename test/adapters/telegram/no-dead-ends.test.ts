import { afterEach, describe, expect, it } from "vitest";
import { systemActor } from "../../../src/core/actor.ts";
import { issueCodes } from "../../../src/core/bindings/codes.ts";
import type { Library } from "../../../src/core/library.ts";
import { dialogAreas } from "../../../src/dialogs/areas.ts";
import { t } from "../../../src/dialogs/texts/index.ts";
import { addCopy, addTitle } from "../../dialogs/reader/fixtures.ts";
import { wechatSchool as twoClassSchool } from "../wechat/fixtures.ts";
import { privateChat, user } from "./fake-updates.ts";
import { chatWith, startHarness, telegramSchool, textsOf } from "./fixtures.ts";
import type { Harness } from "./fixtures.ts";
import type { FakeMessage } from "./fake-updates.ts";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const buttons = (messages: FakeMessage[]) =>
  messages
    .at(-1)
    ?.reply_markup?.inline_keyboard.flat()
    .map((b) => b.text);

// Issue 16 over the Telegram fake: trap 5 (renewal answers agree) and 上一步.
describe("a parent on Telegram without dead ends", () => {
  it("is told the same about an overdue loan by /mine and /renew, which offers only the renewable one", async () => {
    const s = await telegramSchool();
    const hlm = await s.lib.db.title.create({
      data: { title: "红楼梦", author: "曹雪芹", addedOn: "2025-01-01", searchKey: "红楼梦" },
    });
    const copy = await s.lib.db.copy.create({
      data: { barcode: "B-HLM-1", titleId: hlm.id, status: "on_loan" },
    });
    await s.lib.db.loan.create({
      data: { copyId: copy.id, patronId: s.ming.id, dueOn: "2026-09-04" },
    });
    h = await startHarness(s.lib, dialogAreas);
    const mum = user(1001, "Mum");
    const chat = chatWith(h, mum, privateChat(mum));
    await chat.send(`/start ${s.parentCode}`);

    const mine = textsOf(await chat.send("/mine"));
    expect(mine).toContain("《红楼梦》到期 09-04（逾期 5 天，不能续借，请尽快归还）");
    expect(mine).toContain("《水浒传》到期 09-11（还剩 2 天，可续借 1 次）");
    const renew = await chat.send("/renew");
    expect(buttons(renew)).toEqual(["水浒传 · 到期 09-11"]);
    expect(textsOf(renew)).toContain("· 《红楼梦》：这本书已经逾期 5 天，不能续借。请尽快归还。");
  });

  it("goes back from a title's details to the hit list with 上一步", async () => {
    const s = await telegramSchool();
    h = await startHarness(s.lib, dialogAreas);
    const mum = user(1001, "Mum");
    const chat = chatWith(h, mum, privateChat(mum));
    await chat.send(`/start ${s.parentCode}`);

    const hits = await chat.send("xyj");
    const hitButtons = buttons(hits);
    expect(hitButtons).toEqual([expect.stringContaining("西游记")]);
    const details = await chat.press("西游记");
    expect(buttons(details)).toContain("预约这本书");
    const back = await chat.send("上一步");
    expect(textsOf(back).startsWith(t("zh-CN", "back_done"))).toBe(true);
    expect(buttons(back)).toEqual(hitButtons);
    expect(textsOf(await chat.press("西游记"))).toBe(textsOf(details));
  });

  it("offers 上一步 and 取消 buttons from the second question on; a stale or forged press changes nothing", async () => {
    const s = await telegramSchool();
    h = await startHarness(s.lib, dialogAreas);
    const mum = user(1001, "Mum");
    const chat = chatWith(h, mum, privateChat(mum));
    await chat.send(`/start ${s.parentCode}`);
    const session = () =>
      s.lib.db.dialogSession.findMany({ select: { state: true, version: true } });
    const toast = () => h?.fake.callsOf("answerCallbackQuery").at(-1)?.text;

    const hitButtons = buttons(await chat.send("xyj"));
    expect(hitButtons).toEqual([expect.stringContaining("西游记")]);
    const details = await chat.press("西游记");
    expect(
      details
        .at(-1)
        ?.reply_markup?.inline_keyboard.at(-1)
        ?.map((b) => b.text),
    ).toEqual(["上一步", "取消"]);
    const stale = h.fake.button(privateChat(mum).id, "上一步");
    const back = await chat.press("上一步");
    expect(textsOf(back).startsWith(t("zh-CN", "back_done"))).toBe(true);
    expect(buttons(back)).toEqual(hitButtons);

    const before = await session();
    expect(await chat.pressData(stale.messageId, stale.data)).toEqual([]);
    expect(toast()).toBe(t("zh-CN", "menu_expired"));
    const current = back.at(-1);
    const menuId = current?.reply_markup?.inline_keyboard[0]?.[0]?.callback_data.split(":")[0];
    expect(await chat.pressData(current?.message_id ?? 0, `${menuId}:~back`)).toEqual([]);
    expect(toast()).toBe(t("zh-CN", "menu_expired"));
    expect(await session()).toEqual(before);

    await chat.send("1");
    expect(textsOf(await chat.press("取消"))).toBe(t("zh-CN", "cancelled"));
    expect(await s.lib.db.dialogSession.count()).toBe(0);
  });
});

const zh = "zh-CN" as const;

async function librarianCode(lib: Library): Promise<string> {
  const slips = await issueCodes(lib, systemActor, { librarian: true });
  if (!slips.ok) throw new Error(slips.code);
  return slips.value[0]?.codes[0]?.code ?? "";
}

/** A person of the two-class school (3-2 with 张小明, and 4-1) in a private chat with the bot. */
function person(id: number, name: string) {
  if (!h) throw new Error("no harness");
  const who = user(id, name);
  return chatWith(h, who, privateChat(who));
}

// Issue 16 traps 2, 4 and 7 over the Telegram fake.
describe("staff and parents on Telegram without dead ends", () => {
  it("asks the librarian which year 12月1日 means on 12-07 and goes back with 上一步, typed or pressed", async () => {
    const s = await twoClassSchool();
    s.lib.clock.set("2026-12-07T10:00:00+08:00");
    h = await startHarness(s.lib, dialogAreas);
    const li = person(501, "Li");
    await li.send(`/start ${await librarianCode(s.lib)}`);

    await li.send("/activity");
    await li.send("1");
    await li.send("冬季读书节");
    const which = await li.send("12月1日");
    expect(textsOf(which)).toBe("“12月1日”是指今年的 2026-12-01（已过去）还是明年的 2027-12-01？");
    expect(buttons(which)).toEqual(["今年 2026-12-01", "明年 2027-12-01", "上一步", "取消"]);
    await li.press("明年");
    const backToWhich = textsOf(await li.send("上一步"));
    expect(backToWhich.startsWith(`${t(zh, "back_done")}\n“12月1日”是指今年`)).toBe(true);
    const backToStart = textsOf(await li.press("上一步"));
    expect(backToStart).toBe(
      `${t(zh, "back_done")}\n${t(zh, "activity_ask_start", { full: "2026-12-21", short: "12-21" })}`,
    );
    await li.send("12-20");
    expect(textsOf(await li.send("12-31"))).toContain(t(zh, "activity_deadline_q"));
    expect(textsOf(await li.send("/cancel"))).toBe(t(zh, "cancelled"));
    expect(await s.lib.db.activity.count()).toBe(0);
  });

  it("refuses a teacher's class that is not theirs with the reason, and takes a class typed at the librarian's /overdue menu", async () => {
    const s = await twoClassSchool();
    const late = await s.lib.db.loan.findFirstOrThrow({ where: { copy: { barcode: "B-XYJ-1" } } });
    await s.lib.db.loan.update({ where: { id: late.id }, data: { dueOn: "2026-09-04" } });
    h = await startHarness(s.lib, dialogAreas);
    const zhao = person(601, "Zhao");
    await zhao.send(`/start ${s.teacherCode}`);

    const notMine = t(zh, "class_not_your_class", { name: "4-1", mine: "3-2" });
    expect(textsOf(await zhao.send("/overdue 4-1"))).toBe(notMine);
    await zhao.send("/rota");
    expect(textsOf(await zhao.send("4-1"))).toBe(notMine);

    const li = person(501, "Li");
    await li.send(`/start ${await librarianCode(s.lib)}`);
    expect(buttons(await li.send("/overdue"))).toHaveLength(2);
    const typed = textsOf(await li.send("三年级二班"));
    expect(typed).toContain("张小明");
    expect(typed).toContain("西游记");
  });

  it("refuses a reference book at once, marks recommended new books, and lets the librarian set and remove a 小管's duty", async () => {
    const s = await twoClassSchool();
    const dict = await addTitle(s.lib.db, "新华字典", { isReference: true });
    await addCopy(s.lib.db, dict.id, { status: "on_loan" });
    await addTitle(s.lib.db, "草房子", { addedOn: "2026-09-05", recommended: true });
    h = await startHarness(s.lib, dialogAreas);
    const mum = person(1001, "Mum");
    await mum.send(`/start ${s.parentCode}`);

    await mum.send("预约 新华字典");
    expect(textsOf(await mum.send("1"))).toBe(t(zh, "reader_hold_reference_only"));
    expect(await s.lib.db.hold.count()).toBe(0);
    expect(textsOf(await mum.send("/new"))).toContain("· 【推荐】草房子");

    const li = person(501, "Li");
    await li.send(`/start ${await librarianCode(s.lib)}`);
    expect(textsOf(await li.send("小管 S1"))).toContain("发送“值日”");
    expect(buttons(await li.send("/duty"))).toEqual(["安排值日", "移除值日", "结束"]);
    await li.press("安排值日");
    await li.send("S1");
    await li.press("周三");
    expect(textsOf(await li.send("12:00-12:40"))).toContain("已给 张小明 安排值日");
    await li.send("/duty");
    await li.press("移除值日");
    const sure = await li.press("张小明");
    expect(buttons(sure)).toEqual(["确认移除", "取消", "上一步"]);
    expect(textsOf(await li.press("确认移除"))).toContain(
      "已移除值日：张小明 · 每周三 12:00–12:40",
    );
    expect(await s.lib.db.rotaEntry.count({ where: { kind: "duty" } })).toBe(0);
  });
});

// Issue 16 traps 1, 3, 6 and 8 over the Telegram fake.
describe("the desk, typos, a language switch and emoji on Telegram", () => {
  it("lends a pupil's second scanned book to the same pupil at the desk", async () => {
    const s = await twoClassSchool();
    const fang = await s.lib.db.patron.create({
      data: { cardNumber: "S2", name: "王芳", role: "student", classId: s.c32.id },
    });
    const title = await addTitle(s.lib.db, "草房子");
    const [one, two] = [await addCopy(s.lib.db, title.id), await addCopy(s.lib.db, title.id)];
    const barcode = async (id: number) =>
      (await s.lib.db.copy.findUniqueOrThrow({ where: { id }, select: { barcode: true } })).barcode;
    h = await startHarness(s.lib, dialogAreas);
    const li = person(501, "Li");
    await li.send(`/start ${await librarianCode(s.lib)}`);

    const first = textsOf(await li.send(`/checkout S2 ${await barcode(one.id)}`));
    expect(first).toContain(t(zh, "desk_next_checkout"));
    const second = textsOf(await li.send(await barcode(two.id)));
    expect(second).toContain(
      t(zh, "desk_same_reader", { card: "S2", barcode: await barcode(two.id) }),
    );
    expect(await s.lib.db.loan.count({ where: { patronId: fang.id, returnedAt: null } })).toBe(2);
  });

  it("asks 你是想“续借”吗 for 续接, greets 你好, answers an emoji kindly, and speaks English after /settings", async () => {
    const s = await twoClassSchool();
    h = await startHarness(s.lib, dialogAreas);
    const mum = person(1001, "Mum");
    await mum.send(`/start ${s.parentCode}`);

    const typo = await mum.send("续接");
    expect(textsOf(typo)).toContain(t(zh, "guess_did_you_mean", { words: "“续借”" }));
    expect(buttons(typo)).toEqual(["续借", t(zh, "guess_none")]);
    expect(textsOf(await mum.press("续借"))).toContain(t(zh, "reader_renew_prompt"));
    await mum.send("/cancel");
    expect(textsOf(await mum.send("你好"))).toBe(t(zh, "guess_greeting"));
    expect(textsOf(await mum.send("👍👍"))).toBe(t(zh, "guess_tiny"));

    await mum.send("/settings");
    await mum.press("语言");
    const english = await mum.press("English");
    expect(textsOf(english)).toContain(t("en", "settings_locale_saved"));
    expect(buttons(english)).toEqual([
      "Language",
      "Quiet hours",
      "Notices",
      "Done",
      "Back",
      "Cancel",
    ]);
    expect(textsOf(await mum.press("Cancel"))).toBe(t("en", "cancelled"));
    expect(textsOf(await mum.send("/help"))).toContain(t("en", "help_cmd_mine"));
  });
});
