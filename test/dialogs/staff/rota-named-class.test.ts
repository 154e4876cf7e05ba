import { describe, expect, it } from "vitest";
import { classLike } from "../../../src/dialogs/staff/named-class-step.ts";
import { t } from "../../../src/dialogs/texts/index.ts";
import { school, send, textOf } from "./fixtures.ts";

const zh = "zh-CN" as const;

/** Slots: 3-2 Monday, 4-1 Tuesday; open day for grade 4 on Thursday. */
async function rotaSchool() {
  const s = await school();
  await s.db.rotaEntry.createMany({
    data: [
      { kind: "slot", classId: s.c32.id, weekday: 1, start: "10:00", end: "10:40" },
      { kind: "slot", classId: s.c41.id, weekday: 2, start: "14:00", end: "14:40" },
      { kind: "grade_day", grades: "4", weekday: 4, start: "12:00", end: "13:00" },
    ],
  });
  return s;
}

const slot = (day: string, date: string, start: string, end: string, className: string) =>
  t(zh, "rota_slot", { day, date, start, end, className });
const slot32 = slot("周一", "09-07", "10:00", "10:40", "3-2");
const slot41 = slot("周二", "09-08", "14:00", "14:40", "4-1");

// Issue 16 trap 4: "排班" then "3-1" searched for books.
describe("排班 with a class named", () => {
  it("refuses a teacher's follow-up class that is not theirs, with the reason", async () => {
    const s = await rotaSchool();
    const first = textOf(await send(s.bot, "teacher", "排班"));
    expect(first).toContain(slot32);
    expect(first.endsWith(t(zh, "rota_name_class"))).toBe(true);
    const other = textOf(await send(s.bot, "teacher", "4-1"));
    expect(other).toBe(t(zh, "class_not_your_class", { name: "4-1", mine: "3-2" }));
  });

  it("shows the librarian the class sent after 排班, or named with it", async () => {
    const s = await rotaSchool();
    await send(s.bot, "librarian", "排班");
    const after = textOf(await send(s.bot, "librarian", "四年一班"));
    expect(after).toContain(slot41);
    expect(after).toContain("4 年级开放日");
    expect(after).not.toContain(slot32);
    const named = textOf(await send(s.bot, "librarian", "排班 3-2"));
    expect(named).toContain(slot32);
    expect(named).not.toContain(slot41);
    expect(textOf(await send(s.bot, "librarian", "排班 9-9"))).toBe(
      t(zh, "class_no_such_class", { name: "9-9", mine: "" }),
    );
  });

  it("lets anything else after 排班 through as a search, and a parent's 4-1 too", async () => {
    const s = await rotaSchool();
    await send(s.bot, "teacher", "排班");
    expect(textOf(await send(s.bot, "teacher", "西游记"))).toBe("(search)");
    await send(s.bot, "parent", "排班");
    expect(textOf(await send(s.bot, "parent", "4-1"))).toBe("(search)");
  });

  it.each(["3-1", "３－１", "三年二班", "3年2班", "3年级(2)班", "初一2班", "十年级3班"])(
    "reads %j as a class name",
    (text) => expect(classLike.test(text)).toBe(true),
  );

  it.each(["西游记", "2026-10-08", "3", "第3-1章"])("does not read %j as one", (text) =>
    expect(classLike.test(text)).toBe(false),
  );
});
