import { afterAll, beforeAll, expect, test } from "vitest";
import { whatsNew } from "../../../src/core/catalog/whats-new.ts";
import type { Library } from "../../../src/core/library.ts";
import { testLibrary } from "../../support/library.ts";
import {
  addClass,
  addPatron,
  addTitle,
  groupOf,
  librarian,
  parentOf,
  student,
  teacherOf,
} from "../reports/fixtures.ts";

// Today is 2026-09-09 and new means added in the last 30 days: 2026-08-11 … 2026-09-09.
let lib: Library;
let grade3: number;
let grade5: number;
let teacher: number;
let class81: number;

beforeAll(async () => {
  lib = await testLibrary();
  const db = lib.db;
  await addTitle(db, {
    title: "A 一至三年级",
    addedOn: "2026-09-08",
    gradeMin: 1,
    gradeMax: 3,
    copies: ["available"],
  });
  await addTitle(db, {
    title: "B 荐 四至六年级",
    addedOn: "2026-08-20",
    gradeMin: 4,
    gradeMax: 6,
    recommended: true,
  });
  await addTitle(db, { title: "C 荐 全年级", addedOn: "2026-09-01", recommended: true });
  await addTitle(db, { title: "D 一二年级", addedOn: "2026-08-11", gradeMin: 1, gradeMax: 2 });
  await addTitle(db, { title: "E 太早", addedOn: "2026-08-10" });
  await addTitle(db, { title: "F 明天", addedOn: "2026-09-10" });
  await addTitle(db, { title: "G 初中", addedOn: "2026-09-05", gradeMin: 7, gradeMax: 9 });
  grade3 = await addPatron(db, { name: "三年级", classId: await addClass(db, 3, 1) });
  grade5 = await addPatron(db, { name: "五年级", classId: await addClass(db, 5, 2) });
  teacher = await addPatron(db, { name: "老师", role: "teacher" });
  class81 = await addClass(db, 8, 1);
});

afterAll(() => lib.db.$disconnect());

const letters = async (actor: Parameters<typeof whatsNew>[1], opts = {}) =>
  (await whatsNew(lib, actor, opts)).hits.map((h) => h.title.slice(0, 1));

test("the librarian sees every new title, picks first, then newest", async () => {
  expect(await letters(librarian)).toEqual(["C", "B", "A", "G", "D"]);
});

test("a parent sees titles fitting any of the children's grades", async () => {
  expect(await letters(parentOf(grade3, grade5))).toEqual(["C", "B", "A"]);
});

test("a pupil sees only titles whose grade range holds their grade", async () => {
  expect(await letters(student(grade3))).toEqual(["C", "A"]);
});

test("a teacher and an account without pupils see everything", async () => {
  expect(await letters(teacherOf(teacher))).toEqual(["C", "B", "A", "G", "D"]);
  expect(await letters(parentOf())).toEqual(["C", "B", "A", "G", "D"]);
});

test("a class group sees titles for its class's grade", async () => {
  expect(await letters(groupOf(class81))).toEqual(["C", "G"]);
});

test("pages keep the total and carry shelf facts", async () => {
  const page = await whatsNew(lib, librarian, { limit: 2, offset: 2 });
  expect(page.total).toBe(5);
  expect(page.hits.map((h) => [h.title.slice(0, 1), h.onShelf])).toEqual([
    ["A", 1],
    ["G", 0],
  ]);
});
