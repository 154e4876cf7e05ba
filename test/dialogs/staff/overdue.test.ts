import { describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { addLoan, book, expectNoNames, menuOf, school, send, textOf } from "./fixtures.ts";
import type { School } from "./fixtures.ts";

const zh = "zh-CN" as const;

/** 张小明: 2 overdue (10 and 3 days); 李小红: 1 (16 days, level 3); 赵大海 (4-1): 1. */
async function overdueSchool(): Promise<School> {
  const s = await school();
  const { db } = s;
  await addLoan(db, s.ming.id, (await book(db, "西游记")).id, "2026-08-30");
  await addLoan(db, s.ming.id, (await book(db, "水浒传")).id, "2026-09-06");
  await addLoan(db, s.hong.id, (await book(db, "红楼梦")).id, "2026-08-24");
  await addLoan(db, s.hai.id, (await book(db, "三国演义")).id, "2026-09-01");
  await addLoan(db, s.hai.id, (await book(db, "格林童话")).id, "2026-09-20");
  return s;
}

/** The school with 12 pupils of 3-2 each holding one overdue book: two pages of the list. */
async function longClassList() {
  const s = await school();
  for (let i = 1; i <= 12; i++) {
    const pupil = await s.db.patron.create({
      data: { cardNumber: `P${i}`, name: `学生${i}号`, role: "student", classId: s.c32.id },
      select: { id: true },
    });
    await addLoan(s.db, pupil.id, (await book(s.db, `书${i}`)).id, `2026-09-0${(i % 8) + 1}`);
  }
  return s;
}

describe("overdue dialog", () => {
  it("shows a teacher only their class, grouped by pupil with the longest-late first", async () => {
    const s = await overdueSchool();
    const text = textOf(await send(s.bot, "teacher", "逾期"));
    expect(text).toContain(
      t(zh, "overdue_class_header", { className: "3-2", pupils: 2, items: 3 }),
    );
    const hong = text.indexOf("· 李小红");
    const ming = text.indexOf("· 张小明");
    expect(hong).toBeGreaterThan(-1);
    expect(ming).toBeGreaterThan(hong);
    expect(text.indexOf("《红楼梦》")).toBeGreaterThan(hong);
    expect(text.indexOf("《红楼梦》")).toBeLessThan(ming);
    expect(text).toContain("08-24 到期，逾期 16 天，已停借");
    expect(text.indexOf("《西游记》")).toBeGreaterThan(ming);
    expect(text.indexOf("《水浒传》")).toBeGreaterThan(text.indexOf("《西游记》"));
    expectNoNames(text, ["赵大海", "三国演义", "4-1"]);
  });

  it("refuses a class group plainly and shows no name or title", async () => {
    const s = await overdueSchool();
    await s.db.chatGroup.create({
      data: { platform: "console", chatId: "g32", classId: s.c32.id },
    });
    const replies = await send(s.bot, "teacher", "/overdue", { chatId: "g32", isGroup: true });
    expect(textOf(replies)).toBe(t(zh, "overdue_group_refused"));
    const mentioned = await send(s.bot, "parent", "逾期", {
      chatId: "g32",
      isGroup: true,
      mentioned: true,
    });
    expect(textOf(mentioned)).toBe(t(zh, "overdue_group_refused"));
    expectNoNames(textOf([...replies, ...mentioned]), ["张小明", "李小红", "西游记", "红楼梦"]);
  });

  it("shows a parent only their own children's overdue items", async () => {
    const s = await overdueSchool();
    const text = textOf(await send(s.bot, "parent", "逾期"));
    expect(text).toContain(t(zh, "overdue_mine_header"));
    for (const seen of ["张小明", "李小红", "西游记", "水浒传", "红楼梦"])
      expect(text).toContain(seen);
    expectNoNames(text, ["赵大海", "三国演义"]);
    expect(text).toContain(t(zh, "overdue_mine_hint", { days: 14 }));
  });

  it("shows a student only their own items, not a classmate's", async () => {
    const s = await overdueSchool();
    const text = textOf(await send(s.bot, "pupil", "逾期"));
    expect(text).toContain("西游记");
    expectNoNames(text, ["李小红", "红楼梦", "赵大海"]);
  });

  it("says so when nothing is overdue (a loan not yet due does not count)", async () => {
    const s = await school();
    await addLoan(s.db, s.hai.id, (await book(s.db, "格林童话")).id, "2026-09-20");
    expect(textOf(await send(s.bot, "parent2", "逾期"))).toBe(t(zh, "overdue_mine_none"));
    expect(textOf(await send(s.bot, "teacher", "逾期"))).toBe(
      [t(zh, "overdue_class_none", { className: "3-2" }), t(zh, "overdue_name_class")].join("\n"),
    );
  });

  it("tells an unbound account how to bind", async () => {
    const s = await school();
    expect(textOf(await send(s.bot, "stranger", "逾期"))).toBe(t(zh, "staff_need_binding"));
  });

  it("lets the librarian pick a class from counts, and re-asks on a stale number", async () => {
    const s = await overdueSchool();
    const menu = await send(s.bot, "librarian", "逾期");
    expect(textOf(menu)).toContain(t(zh, "overdue_pick_class"));
    expect(menu.at(-1)?.choices?.map((c) => c.label)).toEqual([
      t(zh, "overdue_all_classes", { items: 4 }),
      t(zh, "overdue_class_choice", { className: "3-2", pupils: 2, items: 3 }),
      t(zh, "overdue_class_choice", { className: "4-1", pupils: 1, items: 1 }),
    ]);
    expect(textOf(await send(s.bot, "librarian", "7"))).toBe(t(zh, "choose_number", { n: 3 }));
    const list = textOf(await send(s.bot, "librarian", "3"));
    expect(list).toContain("赵大海");
    expectNoNames(list, ["张小明", "李小红"]);
  });

  it("takes a class typed at the librarian's class menu like choosing it, and refuses one the school lacks", async () => {
    const s = await overdueSchool();
    await send(s.bot, "librarian", "逾期");
    const list = textOf(await send(s.bot, "librarian", "3-2"));
    expect(list).toContain(
      t(zh, "overdue_class_header", { className: "3-2", pupils: 2, items: 3 }),
    );
    expectNoNames(list, ["赵大海"]);
    await send(s.bot, "librarian", "逾期");
    const typed = textOf(await send(s.bot, "librarian", "四年级一班"));
    expect(typed).toContain("赵大海");
    expectNoNames(typed, ["张小明", "李小红"]);
    await send(s.bot, "librarian", "逾期");
    const lacking = textOf(await send(s.bot, "librarian", "5-3"));
    expect(lacking).toMatch(/^学校没有 5-3 班/);
    expectNoNames(lacking, ["张小明", "李小红", "赵大海"]);
    expect(await s.db.dialogSession.count()).toBe(0);
  });

  it("gives the librarian every class's list with the all choice", async () => {
    const s = await overdueSchool();
    const menu = await send(s.bot, "librarian", "逾期");
    expect(menuOf(menu)[0]).toBe("all");
    const list = textOf(await send(s.bot, "librarian", "1"));
    for (const seen of ["张小明", "李小红", "赵大海"]) expect(list).toContain(seen);
  });

  it("pages a long class list by pupil, never splitting a pupil from their items", async () => {
    const s = await longClassList();
    const first = await send(s.bot, "teacher", "逾期");
    expect(textOf(first)).toContain(t(zh, "page_of", { page: 1, pages: 2 }));
    const shown = (textOf(first).match(/· 学生/g) ?? []).length;
    expect(shown).toBe(9);
    const second = textOf(await send(s.bot, "teacher", "1"));
    expect((second.match(/· 学生/g) ?? []).length).toBe(3);
  });

  it("stores a paged list as the entries shown, and pages on after a restart", async () => {
    const s = await longClassList();
    const first = textOf(await send(s.bot, "teacher", "逾期"));
    const [row] = await s.db.dialogSession.findMany({ select: { state: true } });
    // Not every item's facts (title, barcode, due date, level) beside the words made of them.
    expect(row?.state).not.toContain('"barcode":');
    // As after a restart: the row is parsed, not taken from what this process kept.
    await s.db.$executeRawUnsafe(`UPDATE "DialogSession" SET "state" = ' ' || "state"`);
    const second = textOf(await send(s.bot, "teacher", "1"));
    const names = (text: string) => text.match(/学生\d+号/g) ?? [];
    expect(new Set([...names(first), ...names(second)]).size).toBe(12);
  });
});
