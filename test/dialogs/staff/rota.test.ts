import { describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { expectNoNames, school, send, textOf } from "./fixtures.ts";
import type { School } from "./fixtures.ts";

const zh = "zh-CN" as const;

/** Slots: 3-2 Monday, 4-1 Tuesday; open day for grades 3 and 4 on Thursday; 小管 on Wednesday. */
async function rotaSchool(at?: string): Promise<School> {
  const s = await school(at ? { at } : {});
  await s.db.rotaEntry.createMany({
    data: [
      { kind: "slot", classId: s.c32.id, weekday: 1, start: "10:00", end: "10:40" },
      { kind: "slot", classId: s.c41.id, weekday: 2, start: "14:00", end: "14:40" },
      { kind: "grade_day", grades: "3,4", weekday: 4, start: "12:00", end: "13:00" },
    ],
  });
  return s;
}

const slot32 = t(zh, "rota_slot", {
  day: "周一",
  date: "09-07",
  start: "10:00",
  end: "10:40",
  className: "3-2",
});
const slot41 = t(zh, "rota_slot", {
  day: "周二",
  date: "09-08",
  start: "14:00",
  end: "14:40",
  className: "4-1",
});
const openDay = t(zh, "rota_grade_day", {
  day: "周四",
  date: "09-10",
  start: "12:00",
  end: "13:00",
  grades: [3, 4],
});

describe("rota dialog", () => {
  it("shows a teacher their class's slot and grade open day with the rota's own rule", async () => {
    const s = await rotaSchool();
    const text = textOf(await send(s.bot, "teacher", "排班"));
    expect(text).toContain(t(zh, "rota_header", { week: 2, monday: "09-07" }));
    expect(text).toContain("3-2 班每周到馆借阅。");
    expect(text).toContain(slot32);
    expect(text).toContain(openDay);
    expect(text).not.toContain(slot41);
    expect(text).toContain("3、4 年级开放日");
  });

  it("says when a class borrows every other week, as the school's rota has it", async () => {
    const s = await rotaSchool();
    const c32 = { OR: [{ classId: s.c32.id }, { kind: "grade_day" }] };
    await s.db.rotaEntry.updateMany({ where: c32, data: { weeks: "even" } });
    const text = textOf(await send(s.bot, "teacher", "排班"));
    expect(text).toContain("3-2 班双周到馆借阅（隔周一次），本周第 2 周轮到。");
  });

  it("works in a linked class group without showing any duty names", async () => {
    const s = await rotaSchool();
    await s.db.chatGroup.create({
      data: { platform: "console", chatId: "g41", classId: s.c41.id },
    });
    const text = textOf(await send(s.bot, "parent2", "/rota", { chatId: "g41", isGroup: true }));
    expect(text).toContain(slot41);
    expect(text).not.toContain(slot32);
    expectNoNames(text, ["陈晓", "09:30"]);
  });

  it("tells an unlinked group how to link it", async () => {
    const s = await rotaSchool();
    const text = textOf(await send(s.bot, "teacher", "/rota", { chatId: "g0", isGroup: true }));
    expect(text).toBe(t(zh, "rota_group_unlinked"));
  });

  it("shows a parent their children's class slots", async () => {
    const s = await rotaSchool();
    const text = textOf(await send(s.bot, "parent2", "排班"));
    expect(text).toContain(slot41);
    expect(text).not.toContain(slot32);
  });

  it("says when nothing is scheduled, and tells an unbound account to bind", async () => {
    const s = await school();
    expect(textOf(await send(s.bot, "parent", "排班"))).toBe(t(zh, "rota_none"));
    expect(textOf(await send(s.bot, "stranger", "排班"))).toBe(t(zh, "staff_need_binding"));
  });
});

describe("duty dialog", () => {
  const shift = t(zh, "duty_line", { day: "周三", date: "09-09", start: "09:30", end: "10:30" });

  it("shows a student librarian their shifts and that they are on duty now", async () => {
    const s = await rotaSchool();
    const text = textOf(await send(s.bot, "xiaoguan", "值日"));
    expect(text).toContain(t(zh, "duty_header"));
    expect(text).toContain(shift);
    expect(text).toContain(t(zh, "duty_now"));
  });

  it("does not say on duty after the shift has ended", async () => {
    const s = await rotaSchool("2026-09-09T11:00:00+08:00");
    const text = textOf(await send(s.bot, "xiaoguan", "值日"));
    expect(text).toContain(shift);
    expect(text).not.toContain(t(zh, "duty_now"));
  });

  it("shows the librarian every shift with the student librarian's name", async () => {
    const s = await rotaSchool();
    const text = textOf(await send(s.bot, "librarian", "值日"));
    expect(text).toContain(t(zh, "duty_all_header"));
    expect(text).toContain(
      t(zh, "duty_line_named", {
        day: "周三",
        date: "09-09",
        start: "09:30",
        end: "10:30",
        name: "陈晓",
      }),
    );
  });

  it("explains to anyone else that duty is for student librarians", async () => {
    const s = await rotaSchool();
    expect(textOf(await send(s.bot, "parent", "值日"))).toBe(t(zh, "duty_not_student_librarian"));
    const group = await send(s.bot, "xiaoguan", "/duty", { chatId: "g", isGroup: true });
    expect(textOf(group)).toBe(t(zh, "duty_not_student_librarian"));
  });

  it("points a student librarian from the rota to their duty list", async () => {
    const s = await rotaSchool();
    const text = textOf(await send(s.bot, "xiaoguan", "排班"));
    expect(text).toContain(slot41);
    expect(text).toContain(t(zh, "rota_duty_hint"));
    expect(text).not.toContain("09:30");
  });
});
