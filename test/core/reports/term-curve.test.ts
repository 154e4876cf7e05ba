import { afterAll, beforeAll, expect, test } from "vitest";
import type { Library } from "../../../src/core/library.ts";
import { classFigures } from "../../../src/core/reports/class-figures.ts";
import { termCurves } from "../../../src/core/reports/term-curve.ts";
import { testLibrary } from "../../support/library.ts";
import { addClass, addLoan, addPatron, addTitle, librarian, parentOf } from "./fixtures.ts";

// Term 2026-09-01 (a Tuesday) … 2027-01-20: 21 weeks from Monday 2026-08-31 to 2027-01-18.
let lib: Library;
let c31: number;
let c32: number;
let pupil: number;

beforeAll(async () => {
  lib = await testLibrary();
  const db = lib.db;
  [c31, c32] = [await addClass(db, 3, 1), await addClass(db, 3, 2)];
  const [a, b] = [
    await addPatron(db, { name: "A", classId: c31 }),
    await addPatron(db, { name: "B", classId: c31 }),
  ];
  pupil = a;
  const d = await addPatron(db, { name: "D", classId: c32 });
  const { copyIds } = await addTitle(db, { title: "稻草人", copies: Array(8).fill("available") });
  const loans: [number, string][] = [
    [a, "2026-08-31T09:00:00+08:00"], // Monday before the term starts
    [a, "2026-09-01T09:00:00+08:00"], // week 1
    [b, "2026-09-06T23:30:00+08:00"], // week 1, Sunday night
    [a, "2026-09-07T08:00:00+08:00"], // week 2
    [b, "2026-09-15T08:00:00+08:00"], // week 3
    [d, "2026-09-08T08:00:00+08:00"], // 3-2, week 2
  ];
  for (const [i, [patronId, issuedAt]] of loans.entries()) {
    await addLoan(db, { copyId: copyIds[i] ?? 0, patronId, issuedAt, dueOn: "2026-09-30" });
  }
});

afterAll(() => lib.db.$disconnect());

test("adds up a class's loans week by week from the first day of term to this week", async () => {
  const r = await termCurves(lib, librarian, { date: "2026-09-16", classIds: [c31, c32] });
  if (!r.ok || !r.value) throw new Error("no curve");
  expect(r.value.weeks).toHaveLength(21);
  expect([r.value.weeks[0], r.value.weeks[20]]).toEqual(["2026-08-31", "2027-01-18"]);
  expect(r.value.classes).toEqual([
    { classId: c31, cumulative: [2, 3, 4] },
    { classId: c32, cumulative: [0, 1, 1] },
  ]);
});

test("ends with the term loans the class figures count", async () => {
  const curves = await termCurves(lib, librarian, { date: "2026-09-09", classIds: [c31] });
  const figures = await classFigures(lib, librarian, { date: "2026-09-09" });
  const term = figures.ok ? figures.value.classes.find((c) => c.classId === c31) : undefined;
  expect(curves.ok && curves.value?.classes[0]?.cumulative.at(-1)).toBe(term?.loansThisTerm);
});

test("is null outside a term, and refused to a parent", async () => {
  expect(await termCurves(lib, librarian, { date: "2026-08-20" })).toEqual({
    ok: true,
    value: null,
  });
  expect(await termCurves(lib, parentOf(pupil))).toEqual({ ok: false, code: "not_allowed" });
});
