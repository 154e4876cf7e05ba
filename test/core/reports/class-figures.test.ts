import { afterAll, beforeAll, expect, test } from "vitest";
import type { Library } from "../../../src/core/library.ts";
import { classFigures } from "../../../src/core/reports/class-figures.ts";
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

// Week of Wed 2026-09-09: Mon 09-07 … Sun 09-13. Term 2026-09-01 … 2027-01-20 is 142 days,
// 9 of them elapsed on 09-09, so a class is on track at 10 × 9/142 ≈ 0.63 books per pupil.
let lib: Library;
let teacher: number;
let pupil: number;

beforeAll(async () => {
  lib = await testLibrary();
  const db = lib.db;
  const [c31, c32, c41, c42, c51] = [
    await addClass(db, 3, 1),
    await addClass(db, 3, 2),
    await addClass(db, 4, 1),
    await addClass(db, 4, 2),
    await addClass(db, 5, 1),
  ];
  const [a, b, c] = [
    await addPatron(db, { name: "A", classId: c31 }),
    await addPatron(db, { name: "B", classId: c31 }),
    await addPatron(db, { name: "C", classId: c31 }),
  ];
  const d = await addPatron(db, { name: "D", classId: c32 });
  await addPatron(db, { name: "E", classId: c32 });
  await addPatron(db, { name: "离校", classId: c32, status: "left" });
  const f = await addPatron(db, { name: "F", classId: c41 });
  await addPatron(db, { name: "G", classId: c51 });
  teacher = await addPatron(db, { name: "老师", role: "teacher" });
  pupil = a;
  void c42;
  const { copyIds } = await addTitle(db, { title: "稻草人", copies: Array(12).fill("available") });
  const loans: [number, string][] = [
    [a, "2026-09-07T08:00:00+08:00"],
    [a, "2026-09-09T09:00:00+08:00"],
    [a, "2026-09-02T09:00:00+08:00"],
    [a, "2026-08-25T09:00:00+08:00"], // before term
    [b, "2026-09-13T23:59:00+08:00"], // Sunday night, still this week
    [b, "2026-09-14T00:00:00+08:00"], // next week
    [c, "2026-09-06T23:30:00+08:00"], // last Sunday: term, not week
    [d, "2026-09-03T10:00:00+08:00"],
    [f, "2026-09-08T10:00:00+08:00"],
    [f, "2026-09-08T11:00:00+08:00"],
    [teacher, "2026-09-08T12:00:00+08:00"], // no class
  ];
  for (const [i, [patronId, issuedAt]] of loans.entries()) {
    await addLoan(db, {
      copyId: copyIds[i] ?? 0,
      patronId,
      issuedAt,
      dueOn: "2026-09-30",
      returned: i % 2 === 0,
    });
  }
});

afterAll(() => lib.db.$disconnect());

test("counts week and term loans, readers and books per pupil per class, ranked", async () => {
  const r = await classFigures(lib, librarian, { date: "2026-09-09" });
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.value.week).toEqual({ from: "2026-09-07", to: "2026-09-13" });
  expect(r.value.termElapsed).toBeCloseTo(9 / 142);
  const rows = r.value.classes.map((c) => [
    c.className,
    c.pupils,
    c.loansThisWeek,
    c.readersThisWeek,
    c.loansThisTerm,
    c.perPupilThisTerm,
    c.onTrack,
    c.rank,
  ]);
  expect(rows).toEqual([
    ["4-1", 1, 2, 1, 2, 2, true, 1],
    ["3-1", 3, 3, 2, 5, 1.67, true, 2],
    ["3-2", 2, 0, 0, 1, 0.5, false, 3],
    ["4-2", 0, 0, 0, 0, 0, false, 4],
    ["5-1", 1, 0, 0, 0, 0, false, 4],
  ]);
  expect(r.value.classes.every((c) => c.target === 10)).toBe(true);
});

test("without a date the week is the current one", async () => {
  const r = await classFigures(lib, librarian);
  expect(r.ok && r.value.week.from).toBe("2026-09-07");
});

test("a week later the earlier loans leave the week but stay in the term", async () => {
  const r = await classFigures(lib, librarian, { date: "2026-09-16" });
  const c31 = r.ok ? r.value.classes.find((c) => c.className === "3-1") : undefined;
  expect(c31).toMatchObject({ loansThisWeek: 1, readersThisWeek: 1, loansThisTerm: 6 });
});

test("teachers may read the figures, including a teacher who heads no class", async () => {
  expect((await classFigures(lib, teacherOf(teacher, 1))).ok).toBe(true);
  expect((await classFigures(lib, teacherOf(teacher))).ok).toBe(true);
});

test("parents, pupils and class groups are refused", async () => {
  expect(await classFigures(lib, parentOf(pupil))).toEqual({ ok: false, code: "not_allowed" });
  expect(await classFigures(lib, groupOf(1))).toEqual({ ok: false, code: "not_allowed" });
});

test("a malformed date is refused", async () => {
  expect(await classFigures(lib, librarian, { date: "2026-02-30" })).toEqual({
    ok: false,
    code: "bad_date",
  });
});
