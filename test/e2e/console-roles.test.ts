import { expect, test } from "vitest";
import { issueCodes } from "../../src/core/bindings/codes.ts";
import { systemActor } from "../../src/core/actor.ts";
import { t } from "../../src/dialogs/texts/index.ts";
import { chat, demoSchool } from "./console-harness.ts";

const loanCount = (lib: Awaited<ReturnType<typeof demoSchool>>["lib"]) =>
  lib.db.loan.count({ where: { returnedAt: null } });

test("a parent renews one loan by number and then sees the new due date under 我的", async () => {
  const { lib, bot } = await demoSchool();
  const [menu, renewed, mine] = await chat(bot, "parent", ["续借", "1", "我的"]);
  expect(menu).toContain("  1. ");
  expect(renewed).toMatch(/已续借，新的到期日是 \d{2}-\d{2}/);
  const due = /新的到期日是 (\d{2}-\d{2})/.exec(renewed ?? "")?.[1];
  expect(mine).toContain(`到期 ${due}`);
  expect(await lib.db.loan.count({ where: { renewals: 1 } })).toBeGreaterThanOrEqual(1);
});

test("a loan renewed once is not offered again: 续借 says why, as 我的 does, and changes nothing", async () => {
  const { lib, bot } = await demoSchool();
  const [, first] = await chat(bot, "parent", ["续借", "1"]);
  const title = /《(.+?)》已续借/.exec(first ?? "")?.[1] ?? "?";
  const before = await lib.db.loan.findMany({ select: { id: true, dueOn: true, renewals: true } });
  const [menu, mine] = await chat(bot, "parent", ["续借", "我的"]);
  const line = menu?.split("\n").find((l) => l.includes(title)) ?? "";
  expect(line).toMatch(/^· /);
  expect(line).toContain(t("zh-CN", "reader_renew_too_many"));
  expect(menu).toContain(t("zh-CN", "reader_renew_blocked"));
  const mineLine = mine?.split("\n").find((l) => l.includes(title)) ?? "";
  expect(mineLine).toContain(t("zh-CN", "reader_mine_renew_used_up"));
  expect(await lib.db.loan.findMany({ select: { id: true, dueOn: true, renewals: true } })).toEqual(
    before,
  );
});

test("a stale number out of range gets a clear answer and the menu stays open", async () => {
  const { bot } = await demoSchool();
  const [, wrong, right] = await chat(bot, "parent", ["续借", "9", "1"]);
  expect(wrong).toMatch(/^请回复(数字 1| 1–\d 之间的数字)。/);
  expect(right).toMatch(/已续借/);
});

test("a student sees their own loans and ready hold, and only theirs", async () => {
  const { bot } = await demoSchool();
  const [mine] = await chat(bot, "student", ["我的"]);
  expect(mine).toMatch(/已到馆，请在 \d{2}-\d{2} 前取书/);
  expect(mine?.match(/（\d-\d）/g)?.length ?? 1).toBe(1);
});

test("a teacher gets the class overdue list grouped by pupil; a parent only their own child", async () => {
  const { bot } = await demoSchool();
  const [teacher] = await chat(bot, "teacher", ["逾期"]);
  expect(teacher).toMatch(/5-1 班逾期：\d+ 人/);
  expect(teacher).toContain("已停借");
  const [parent] = await chat(bot, "parent", ["逾期"]);
  expect(parent).toContain("水浒传");
  expect(parent).not.toContain("已停借");
});

test("the librarian checks a book out and back in at the desk by barcode", async () => {
  const { lib, bot } = await demoSchool();
  const copy = await lib.db.copy.findFirstOrThrow({
    where: { status: "available", title: { isReference: false } },
    select: { barcode: true },
  });
  const pupil = await lib.db.patron.findFirstOrThrow({
    where: { status: "active", role: "student", loans: { none: {} } },
    select: { cardNumber: true },
  });
  const before = await loanCount(lib);
  const [out] = await chat(bot, "librarian", [`借 ${pupil.cardNumber} ${copy.barcode}`]);
  expect(out).toMatch(/已借出/);
  expect(await loanCount(lib)).toBe(before + 1);
  const [back] = await chat(bot, "librarian", [`还 ${copy.barcode}`]);
  expect(back).toMatch(/已还/);
  expect(await loanCount(lib)).toBe(before);
});

test("a parent cannot check books out at the desk", async () => {
  const { lib, bot } = await demoSchool();
  const before = await loanCount(lib);
  const [reply] = await chat(bot, "parent", ["借 S20240001 A000001"]);
  expect(reply).toContain("借还书只能由图书管理员或正在值日的小管办理");
  expect(await loanCount(lib)).toBe(before);
});

test("a wrong binding code is refused, and five of them lock binding even for a right code", async () => {
  const { lib, bot } = await demoSchool();
  const slips = await issueCodes(lib, systemActor, { class: "3-1" });
  if (!slips.ok) throw new Error(slips.code);
  const good = slips.value[0]?.codes.find((c) => c.kind === "parent")?.code ?? "";
  const stranger = { userId: "newcomer" };
  const replies = await chat(bot, stranger, [
    ...Array.from({ length: 5 }, () => "绑定 AAAA-BBBB"),
    `绑定 ${good}`,
  ]);
  expect(replies[0]).toMatch(/绑定码不对/);
  expect(replies[5]).toMatch(/绑定已暂停/);
  expect(await lib.db.binding.count({ where: { member: { userId: "newcomer" } } })).toBe(0);
  lib.clock.advanceDays(1);
  const [ok] = await chat(bot, stranger, [`绑定 ${good}`]);
  expect(ok).toMatch(/已绑定/);
});

test("unknown commands, odd characters and very long lines each get a clear reply and change nothing", async () => {
  const { lib, bot } = await demoSchool();
  const audit = await lib.db.auditLog.count();
  const replies = await chat(bot, "parent", [
    "/frobnicate",
    "📚📚📚",
    "\u0007\u0001",
    "西".repeat(10_000),
    "'; DROP TABLE Loan; --",
    "<b>bold</b>",
  ]);
  expect(replies).toHaveLength(6);
  for (const r of replies) {
    expect(r.trim().length).toBeGreaterThan(0);
    expect(r.length).toBeLessThan(4096);
  }
  expect(replies[0]).toContain("你可以发送");
  expect(await lib.db.auditLog.count()).toBe(audit);
  expect(await lib.db.loan.count()).toBeGreaterThan(0);
});

test("a dialog interrupted by a restart resumes where it stopped", async () => {
  const { lib, bot } = await demoSchool();
  const [menu] = await chat(bot, "parent", ["续借"]);
  expect(menu).toContain("  1. ");
  const { Bot } = await import("../../src/dialogs/bot.ts");
  const { dialogAreas } = await import("../../src/dialogs/areas.ts");
  const restarted = new Bot({ lib, areas: dialogAreas, defaultLocale: "zh-CN" });
  const [renewed] = await chat(restarted, "parent", ["1"]);
  expect(renewed).toMatch(/已续借/);
});

test("a command typed while a menu waits starts that command instead", async () => {
  const { bot } = await demoSchool();
  const [menu, rota] = await chat(bot, "parent", ["取消预约", "排班"]);
  expect(menu).toContain("要取消哪个预约");
  expect(rota).toContain("本周借阅安排");
});

test("a menu number sent when no menu is open says so instead of searching", async () => {
  const { bot } = await demoSchool();
  const [reply] = await chat(bot, "parent", ["2"]);
  expect(reply).toBe(t("zh-CN", "no_menu_open"));
});

test("every intent answers each role through the terminal chat", async () => {
  const { bot } = await demoSchool();
  const cases: [Parameters<typeof chat>[1], string, RegExp][] = [
    ["parent", "帮助", /你可以发送/],
    ["parent", "搜索 xiyouji", /西游记/],
    ["parent", "新书", /最近 30 天的新书/],
    ["parent", "预约 西游记", /要预约哪一本/],
    ["parent", "设置", /当前设置/],
    ["parent", "建议 多买些科普书", /谢谢/],
    ["student", "我的", /（4-1）/],
    ["student", "续借", /续借哪一本|已续借/],
    ["teacher", "排班", /5-1 班借阅/],
    ["teacher", "值日", /小管/],
    ["helper", "值日", /值日/],
    ["librarian", "广播", /广播内容/],
    ["librarian", "活动", /活动类型/],
    ["librarian", "逾期", /班/],
    [{ userId: "stranger" }, "我的", /绑定/],
  ];
  for (const [who, line, expected] of cases) {
    const [reply] = await chat(bot, who, [line, "取消"]);
    expect(reply, `${JSON.stringify(who)} ${line}`).toMatch(expected);
  }
});
