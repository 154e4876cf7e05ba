import { expect, test } from "vitest";
import { t } from "../../src/dialogs/texts/index.ts";
import { chat, demoSchool } from "./console-harness.ts";

// Issue 16 through the terminal chat, as `shuxiang chat` prints it when piped.

test("the librarian is asked which year 12月1日 means on 12-07, and steps back to fix the start (上一步 typed, then its number 3 in the menu)", async () => {
  const { lib, bot } = await demoSchool("2026-12-07T10:00:00+08:00");
  const before = await lib.db.activity.count();
  const printed = await chat(bot, "librarian", [
    "活动",
    "1",
    "冬季读书节",
    "12月1日",
    "2",
    "上一步",
    "3",
    "12-20",
    "12-31",
  ]);
  const [, , startAsk, which, endAsk, backToWhich, backToStart, end, deadline] = printed;
  expect(startAsk).toBe(t("zh-CN", "activity_ask_start", { full: "2026-12-21", short: "12-21" }));
  expect(which).toBe(
    [
      "“12月1日”是指今年的 2026-12-01（已过去）还是明年的 2027-12-01？",
      "  1. 今年 2026-12-01",
      "  2. 明年 2027-12-01",
      "  3. 上一步",
      "  4. 取消",
    ].join("\n"),
  );
  expect(endAsk).toBe(t("zh-CN", "activity_ask_end", { full: "2027-12-08", short: "12-08" }));
  expect(backToWhich?.startsWith(`${t("zh-CN", "back_done")}\n“12月1日”是指今年`)).toBe(true);
  expect(backToStart).toBe(`${t("zh-CN", "back_done")}\n${startAsk}`);
  expect(end).toBe(t("zh-CN", "activity_ask_end", { full: "2026-12-27", short: "12-27" }));
  expect(deadline).toContain(t("zh-CN", "activity_deadline_q"));
  expect(await lib.db.activity.count()).toBe(before);
});

test("上一步 with nothing in progress says so instead of searching for it", async () => {
  const { bot } = await demoSchool();
  expect(await chat(bot, "parent", ["上一步"])).toEqual([t("zh-CN", "nothing_to_go_back")]);
});

test("a teacher's other class is refused after 逾期 and 排班 with the reason; the librarian types a class at the 逾期 menu", async () => {
  const { lib, bot } = await demoSchool();
  const notMine = t("zh-CN", "class_not_your_class", { name: "3-1", mine: "5-1" });
  const [overdue, , rota] = await chat(bot, "teacher", ["逾期 3-1", "排班", "3-1"]);
  expect(overdue).toBe(notMine);
  expect(rota).toBe(notMine);
  const [menu, typed] = await chat(bot, "librarian", ["逾期", "五年级一班"]);
  expect(menu).toContain(t("zh-CN", "overdue_pick_class"));
  expect(typed).toMatch(/^5-1 班/);
  expect(await lib.db.dialogSession.count()).toBe(0);
});

test("the librarian removes a 小管's weekly duty shift after confirming, with 上一步 beside the confirmation", async () => {
  const { lib, bot } = await demoSchool();
  const before = await lib.db.rotaEntry.count({ where: { kind: "duty" } });
  const [, pick, sure, done] = await chat(bot, "librarian", ["值日", "移除值日", "1", "1"]);
  expect(pick?.startsWith(t("zh-CN", "duty_remove_pick"))).toBe(true);
  expect(sure?.endsWith("  1. 确认移除\n  2. 取消\n  3. 上一步")).toBe(true);
  expect(done).toMatch(/^已移除值日：/);
  expect(await lib.db.rotaEntry.count({ where: { kind: "duty" } })).toBe(before - 1);
  expect(await lib.db.auditLog.count({ where: { action: "rota.duty_remove" } })).toBe(1);
});

test("the librarian's second scanned barcode goes to the same pupil at the desk", async () => {
  const { lib, bot } = await demoSchool();
  const pupil = await lib.db.patron.findFirstOrThrow({
    where: { role: "student", status: "active", loans: { none: {} }, holds: { none: {} } },
    select: { id: true, cardNumber: true },
  });
  const copies = await lib.db.copy.findMany({
    where: { status: "available", title: { isReference: false, holds: { none: {} } } },
    select: { barcode: true },
    take: 2,
  });
  const [a, b] = copies.map((c) => c.barcode);
  const [first, second] = await chat(bot, "librarian", [`借 ${pupil.cardNumber} ${a}`, `${b}`]);
  expect(first).toContain(t("zh-CN", "desk_next_checkout"));
  expect(second).toContain(
    t("zh-CN", "desk_same_reader", { card: pupil.cardNumber, barcode: `${b}` }),
  );
  expect(await lib.db.loan.count({ where: { patronId: pupil.id, returnedAt: null } })).toBe(2);
});

test("a parent's 续接, 你好 and 👍👍 get help, 新书 lists bullets, quiet hours 22:30-06:30 are taken, and English applies at once", async () => {
  const { bot } = await demoSchool();
  const [typo, renew, , hello, emoji, news] = await chat(bot, "parent", [
    "续接",
    "1",
    "取消",
    "你好",
    "👍👍",
    "新书",
  ]);
  expect(typo).toContain(t("zh-CN", "guess_did_you_mean", { words: "“续借”" }));
  expect(renew).toContain(t("zh-CN", "reader_renew_prompt"));
  expect(hello).toBe(t("zh-CN", "guess_greeting"));
  expect(emoji).toBe(t("zh-CN", "guess_tiny"));
  expect(news).toMatch(/^· /m);
  const [, , , quiet, , english, cancelled] = await chat(bot, "parent", [
    "设置",
    "2",
    "4",
    "22:30-06:30",
    "1",
    "2",
    "6",
  ]);
  expect(quiet).toContain(t("zh-CN", "settings_quiet_saved", { quiet: "22:30-06:30" }));
  expect(english).toContain(t("en", "settings_locale_saved"));
  expect(english?.endsWith("  4. Done\n  5. Back\n  6. Cancel")).toBe(true);
  expect(cancelled).toBe(t("en", "cancelled"));
});
