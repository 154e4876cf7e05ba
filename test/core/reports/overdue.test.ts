import { afterAll, beforeAll, expect, test } from "vitest";
import { systemActor } from "../../../src/core/actor.ts";
import type { Library } from "../../../src/core/library.ts";
import {
  overdueClassesOf,
  overdueForClass,
  overdueForPatrons,
} from "../../../src/core/reports/overdue.ts";
import { testLibrary } from "../../support/library.ts";
import {
  addClass,
  addLoan,
  addPatron,
  addTitle,
  groupOf,
  librarian,
  parentOf,
  teacherOf,
} from "./fixtures.ts";

// Today is 2026-09-09.
let lib: Library;
let c41: number;
let c42: number;
let t1: number;
const p: Record<string, number> = {};

beforeAll(async () => {
  lib = await testLibrary();
  const db = lib.db;
  c41 = await addClass(db, 4, 1);
  c42 = await addClass(db, 4, 2);
  t1 = await addPatron(db, { name: "赵老师", role: "teacher" });
  for (const [key, name, classId] of [
    ["p1", "陈一", c41],
    ["p2", "陈二", c41],
    ["p3", "陈三", c41],
    ["q1", "周一", c42],
  ] as const) {
    p[key] = await addPatron(db, { name, classId });
  }
  const copies = (await addTitle(db, { title: "草房子", copies: Array(6).fill("on_loan") }))
    .copyIds;
  const copy = (i: number) => copies[i] ?? 0;
  await addLoan(db, { copyId: copy(0), patronId: p.p1 ?? 0, dueOn: "2026-09-08" });
  await addLoan(db, { copyId: copy(1), patronId: p.p1 ?? 0, dueOn: "2026-08-20" });
  await addLoan(db, { copyId: copy(2), patronId: p.p2 ?? 0, dueOn: "2026-09-01" });
  await addLoan(db, { copyId: copy(3), patronId: p.p3 ?? 0, dueOn: "2026-09-09" });
  await addLoan(db, { copyId: copy(4), patronId: p.p3 ?? 0, dueOn: "2026-08-01", returned: true });
  await addLoan(db, { copyId: copy(5), patronId: p.q1 ?? 0, dueOn: "2026-09-02" });
});

afterAll(() => lib.db.$disconnect());

test("a teacher gets the class list grouped by pupil, most days late first", async () => {
  const r = await overdueForClass(lib, teacherOf(t1, c41), c41);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.value.className).toBe("4-1");
  expect(
    r.value.pupils.map((x) => [x.name, x.items.map((i) => [i.dueOn, i.daysLate, i.level])]),
  ).toEqual([
    [
      "陈一",
      [
        ["2026-08-20", 20, 3],
        ["2026-09-08", 1, 1],
      ],
    ],
    ["陈二", [["2026-09-01", 8, 2]]],
  ]);
  expect(r.value.pupils[0]?.items[0]).toMatchObject({
    title: "草房子",
    barcode: expect.stringMatching(/^B/),
  });
});

test("a teacher is refused another teacher's class", async () => {
  expect(await overdueForClass(lib, teacherOf(t1, c41), c42)).toEqual({
    ok: false,
    code: "not_your_class",
  });
});

test("a class group is refused its own class's named list", async () => {
  expect(await overdueForClass(lib, groupOf(c41), c41)).toEqual({
    ok: false,
    code: "not_for_groups",
  });
});

test("the librarian and the system see any class; an unknown class is refused", async () => {
  const r = await overdueForClass(lib, librarian, c42);
  expect(r.ok && r.value.pupils.map((x) => x.name)).toEqual(["周一"]);
  expect((await overdueForClass(lib, systemActor, c41)).ok).toBe(true);
  expect(await overdueForClass(lib, librarian, 99_999)).toEqual({
    ok: false,
    code: "no_such_class",
  });
});

test("a parent gets only their own children's overdue items", async () => {
  const mine = await overdueForPatrons(lib, parentOf(p.p2 ?? 0, p.p3 ?? 0));
  expect(mine.map((x) => [x.name, x.items.map((i) => i.daysLate)])).toEqual([["陈二", [8]]]);
});

test("a group chat gets no personal overdue items", async () => {
  expect(await overdueForPatrons(lib, groupOf(c41))).toEqual([]);
});

test("a teacher's default overdue classes are the classes they head; a group has none", () => {
  expect(overdueClassesOf(teacherOf(t1, c41, c42))).toEqual([c41, c42]);
  expect(overdueClassesOf(groupOf(c41))).toEqual([]);
});
