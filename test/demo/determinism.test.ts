import { createHash } from "node:crypto";
import { afterEach, expect, test } from "vitest";
import { SchoolCalendar } from "../../src/core/calendar.ts";
import { buildDemoSchool } from "../../src/demo/build.ts";
import { testLibrary } from "../support/library.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;
const opened: Lib[] = [];
afterEach(async () => {
  for (const lib of opened.splice(0)) await lib.db.$disconnect();
});

async function library(): Promise<Lib> {
  const lib = await testLibrary();
  opened.push(lib);
  return lib;
}

const tables = [
  "SchoolClass",
  "Patron",
  "ClassTeacher",
  "Title",
  "Copy",
  "Loan",
  "Hold",
  "RotaEntry",
  "Activity",
  "ChatMember",
  "Binding",
  "Term",
];

/** A digest of every row of the school's tables, ids and timestamps included. */
async function digest(lib: Lib): Promise<string> {
  const hash = createHash("sha256");
  for (const table of tables) {
    const rows = await lib.db.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${table}" ORDER BY 1, 2`);
    hash.update(
      table + JSON.stringify(rows, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v)),
    );
  }
  return hash.digest("hex");
}

test("two builds with the same options and clock on fresh databases give identical rows", async () => {
  const [a, b] = [await library(), await library()];
  expect((await buildDemoSchool(a, { pastLoans: 300, seed: 5 })).ok).toBe(true);
  // Let the wall clock pass a second, so a column left to a database default of "now" shows.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  expect((await buildDemoSchool(b, { pastLoans: 300, seed: 5 })).ok).toBe(true);
  expect(await digest(a)).toBe(await digest(b));
});

test("another seed gives another school", async () => {
  const [a, b] = [await library(), await library()];
  await buildDemoSchool(a, { seed: 5 });
  await buildDemoSchool(b, { seed: 6 });
  expect(await digest(a)).not.toBe(await digest(b));
});

test("a non-empty database is refused unless reset, which rebuilds the same school", async () => {
  const lib = await library();
  const first = await buildDemoSchool(lib);
  expect(await buildDemoSchool(lib)).toEqual({
    ok: false,
    code: "not_empty",
    detail: { patrons: 249, titles: 400 },
  });
  const again = await buildDemoSchool(lib, { reset: true });
  expect(again).toEqual(first);
  expect(await lib.db.patron.count()).toBe(249);
  expect(await lib.db.chatMember.count()).toBe(5);
});

test("a school too small for the scripted states is refused", async () => {
  const lib = await library();
  expect((await buildDemoSchool(lib, { students: 20 })).ok).toBe(false);
  expect(await lib.db.patron.count()).toBe(0);
});

test("a term is created when the calendar has none for today", async () => {
  const base = await library();
  const lib = { ...base, calendar: new SchoolCalendar([], [6, 7], []) };
  const r = await buildDemoSchool(lib);
  expect(r.ok && r.value.term).toEqual({
    name: "2026秋",
    startsOn: "2026-09-01",
    endsOn: "2027-01-20",
  });
  expect(await lib.db.term.findMany({ select: { name: true } })).toEqual([{ name: "2026秋" }]);
  expect(await base.db.term.count()).toBe(1);
});
