import { afterAll, beforeAll, expect, test } from "vitest";
import type { Actor } from "../../../src/core/actor.ts";
import type { Library } from "../../../src/core/library.ts";
import { isoWeekNumber } from "../../../src/core/reports/week-number.ts";
import { weekRota } from "../../../src/core/reports/week-rota.ts";
import { testLibrary } from "../../support/library.ts";
import {
  addClass,
  addPatron,
  groupOf,
  librarian,
  parentOf,
  studentLibrarian,
  teacherOf,
} from "./fixtures.ts";

// The term starts Tuesday 2026-09-01, so week 1 (odd) is Monday 08-31; 09-09 is in week 2
// (even) and 09-16 in week 3 (odd).
const even = "2026-09-09";
const odd = "2026-09-16";
let lib: Library;
let c31: number;
let c41: number;
let teacher: number;
let child32: number;
let onDuty: number;

beforeAll(async () => {
  lib = await testLibrary();
  const db = lib.db;
  c31 = await addClass(db, 3, 1);
  const c32 = await addClass(db, 3, 2);
  c41 = await addClass(db, 4, 1);
  teacher = await addPatron(db, { name: "孙老师", role: "teacher" });
  child32 = await addPatron(db, { name: "钱多多", classId: c32 });
  onDuty = await addPatron(db, { name: "小管甲", classId: c41 });
  const other = await addPatron(db, { name: "小管乙", classId: c41 });
  const rows = [
    { kind: "slot", classId: c31, weekday: 1, start: "10:00", end: "10:40" },
    { kind: "slot", classId: c32, weekday: 2, start: "10:00", end: "10:40" },
    { kind: "slot", classId: c41, weekday: 3, start: "10:00", end: "10:40", weeks: "odd" },
    { kind: "slot", classId: c31, weekday: 4, start: "15:00", end: "15:40", weeks: "even" },
    { kind: "grade_day", grades: "1,2", weekday: 5, start: "12:30", end: "13:30" },
    { kind: "grade_day", grades: "3,4", weekday: 5, start: "14:00", end: "15:00", weeks: "odd" },
    { kind: "duty", patronId: onDuty, weekday: 1, start: "12:00", end: "12:40" },
    { kind: "duty", patronId: other, weekday: 2, start: "12:00", end: "12:40" },
  ];
  for (const data of rows) await db.rotaEntry.create({ data });
});

afterAll(() => lib.db.$disconnect());

const lines = async (actor: Actor, date: string) =>
  (await weekRota(lib, actor, date)).entries.map((e) => [
    e.kind,
    e.className ?? (e.grades.join(",") || e.patronName),
    e.date,
  ]);

test("a teacher sees their class's every-week slot and its even-week slot in an even week", async () => {
  const rota = await weekRota(lib, teacherOf(teacher, c31), even);
  expect([rota.monday, rota.weekNumber, rota.parity]).toEqual(["2026-09-07", 2, "even"]);
  expect(await lines(teacherOf(teacher, c31), even)).toEqual([
    ["slot", "3-1", "2026-09-07"],
    ["slot", "3-1", "2026-09-10"],
  ]);
});

test("in an odd week the same teacher gets the odd-week grade open day instead", async () => {
  expect(await lines(teacherOf(teacher, c31), odd)).toEqual([
    ["slot", "3-1", "2026-09-14"],
    ["grade_day", "3,4", "2026-09-18"],
  ]);
});

test("a parent sees the child's class slot and grade open days", async () => {
  expect(await lines(parentOf(child32), odd)).toEqual([
    ["slot", "3-2", "2026-09-15"],
    ["grade_day", "3,4", "2026-09-18"],
  ]);
});

test("a class group sees its class's slots but no duty shifts", async () => {
  expect(await lines(groupOf(c41), odd)).toEqual([
    ["slot", "4-1", "2026-09-16"],
    ["grade_day", "3,4", "2026-09-18"],
  ]);
});

test("a student librarian sees their own duty shift, not a colleague's", async () => {
  expect(await lines(studentLibrarian(onDuty), odd)).toEqual([
    ["duty", "小管甲", "2026-09-14"],
    ["slot", "4-1", "2026-09-16"],
    ["grade_day", "3,4", "2026-09-18"],
  ]);
});

test("the librarian sees every entry that runs this week", async () => {
  expect((await lines(librarian, even)).map(([kind, who]) => `${kind} ${who}`)).toEqual([
    "slot 3-1",
    "duty 小管甲",
    "slot 3-2",
    "duty 小管乙",
    "slot 3-1",
    "grade_day 1,2",
  ]);
});

test("the days before a term begins in its first week count as week 1", async () => {
  expect((await weekRota(lib, librarian, "2026-08-31")).weekNumber).toBe(1);
});

test("outside a term weeks follow ISO week numbers", async () => {
  expect((await weekRota(lib, librarian, "2026-08-20")).weekNumber).toBe(34);
  expect(isoWeekNumber("2027-01-01")).toBe(53);
  expect(isoWeekNumber("2027-02-10")).toBe(6);
});

test("without a date the rota is this week's", async () => {
  expect((await weekRota(lib, librarian)).monday).toBe("2026-09-07");
});
