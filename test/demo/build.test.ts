import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { isValidIsbn } from "../../src/core/catalog/isbn.ts";
import { overdueLevel } from "../../src/core/circulation/rules.ts";
import { addDays } from "../../src/core/dates.ts";
import { today } from "../../src/core/library.ts";
import { buildDemoSchool } from "../../src/demo/build.ts";
import { testLibrary } from "../support/library.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;
let lib: Lib;
let on: string;

beforeAll(async () => {
  lib = await testLibrary();
  on = today(lib);
  const r = await buildDemoSchool(lib, { pastLoans: 500 });
  if (!r.ok) expect.fail(r.code);
});
afterAll(() => lib.db.$disconnect());

const openLoans = () =>
  lib.db.loan.findMany({
    where: { returnedAt: null },
    select: {
      dueOn: true,
      overdueLevel: true,
      renewals: true,
      patronId: true,
      copy: { select: { status: true, title: { select: { isReference: true } } } },
      patron: { select: { role: true, status: true, suspendedAt: true } },
    },
  });

describe("the demo school's people", () => {
  test("grades 1–6 have classes named G-N with a head teacher each", async () => {
    const classes = await lib.db.schoolClass.findMany({
      select: { name: true, grade: true, teachers: { select: { teacherId: true } } },
    });
    expect(classes.map((c) => c.name).sort()).toEqual(["1-1", "2-1", "3-1", "4-1", "5-1", "6-1"]);
    expect(classes.every((c) => c.teachers.length === 1)).toBe(true);
  });

  test("most first-graders wait for their card, some already have one, no one else waits", async () => {
    const pupils = await lib.db.patron.findMany({
      where: { role: "student" },
      select: { status: true, class: { select: { grade: true } } },
    });
    const first = pupils.filter((p) => p.class?.grade === 1);
    const waiting = first.filter((p) => p.status === "not_issued").length;
    expect(waiting).toBeGreaterThan(first.length / 2);
    expect(waiting).toBeLessThan(first.length);
    expect(pupils.filter((p) => p.status === "not_issued" && p.class?.grade !== 1)).toEqual([]);
  });
});

describe("the demo catalogue", () => {
  test("every ISBN in the database passes validation", async () => {
    const titles = await lib.db.title.findMany({ select: { isbn: true } });
    expect(titles.length).toBe(400);
    expect(titles.filter((t) => !t.isbn || !isValidIsbn(t.isbn))).toEqual([]);
  });

  test("it has reference books, recently added titles and librarian picks", async () => {
    const recent = addDays(on, -(lib.policy.newTitleDays - 1));
    expect(await lib.db.title.count({ where: { isReference: true } })).toBeGreaterThanOrEqual(2);
    expect(await lib.db.title.count({ where: { addedOn: { gte: recent } } })).toBeGreaterThan(5);
    expect(await lib.db.title.count({ where: { recommended: true } })).toBeGreaterThan(3);
  });
});

describe("the demo's loans", () => {
  test("open loans are due soon, due later and overdue at every level, each level as recorded", async () => {
    const loans = await openLoans();
    const soon = loans.filter(
      (l) => l.dueOn > on && l.dueOn <= addDays(on, lib.policy.dueSoonDays),
    );
    expect(soon.length).toBeGreaterThan(0);
    expect(
      loans.filter((l) => l.dueOn > addDays(on, lib.policy.dueSoonDays)).length,
    ).toBeGreaterThan(0);
    for (const level of [1, 2, 3]) expect(loans.some((l) => l.overdueLevel === level)).toBe(true);
    expect(loans.filter((l) => l.overdueLevel !== overdueLevel(lib.policy, l.dueOn, on))).toEqual(
      [],
    );
  });

  test("a level-3 loan suspends its reader, and only such readers are suspended", async () => {
    const loans = await openLoans();
    const atThree = new Set(loans.filter((l) => l.overdueLevel === 3).map((l) => l.patronId));
    const suspended = await lib.db.patron.findMany({
      where: { status: "suspended" },
      select: { id: true, suspendedAt: true },
    });
    expect(new Set(suspended.map((p) => p.id))).toEqual(atThree);
    expect(suspended.every((p) => p.suspendedAt !== null && p.suspendedAt <= lib.now())).toBe(true);
  });

  test("loans keep the policy: pupils hold at most two, reference books never leave", async () => {
    const loans = await openLoans();
    const perPupil = new Map<number, number>();
    for (const l of loans.filter((x) => x.patron.role === "student")) {
      perPupil.set(l.patronId, (perPupil.get(l.patronId) ?? 0) + 1);
    }
    expect(Math.max(...perPupil.values())).toBeLessThanOrEqual(lib.policy.student.maxLoans);
    expect(loans.every((l) => l.copy.status === "on_loan" && !l.copy.title.isReference)).toBe(true);
    const all = await lib.db.loan.count({ where: { copy: { title: { isReference: true } } } });
    expect(all).toBe(0);
  });

  test("each copy on loan has exactly one open loan", async () => {
    const onLoan = await lib.db.copy.count({ where: { status: "on_loan" } });
    expect(await lib.db.loan.count({ where: { returnedAt: null } })).toBe(onLoan);
  });

  test("returned loans lie in the past of this term", async () => {
    const past = await lib.db.loan.findMany({
      where: { returnedAt: { not: null } },
      select: { issuedAt: true, returnedAt: true },
    });
    expect(past.length).toBe(500);
    const start = new Date("2026-08-31T16:00:00Z");
    for (const l of past) {
      expect(l.issuedAt >= start).toBe(true);
      expect(l.returnedAt! >= l.issuedAt && l.returnedAt! <= lib.now()).toBe(true);
    }
  });
});

describe("the demo's holds", () => {
  test("a popular title has every copy out and two or more readers queued", async () => {
    const queued = await lib.db.hold.groupBy({
      by: ["titleId"],
      where: { status: "queued" },
      _count: { _all: true },
    });
    const busy = queued.filter((q) => q._count._all >= 2);
    expect(busy.length).toBeGreaterThan(0);
    for (const q of busy) {
      const copies = await lib.db.copy.findMany({
        where: { titleId: q.titleId },
        select: { status: true },
      });
      expect(copies.every((c) => c.status !== "available")).toBe(true);
    }
  });

  test("ready holds wait on the hold shelf to be picked up within three open days", async () => {
    const ready = await lib.db.hold.findMany({
      where: { status: "ready" },
      select: { titleId: true, pickupBy: true, copy: { select: { status: true, titleId: true } } },
    });
    expect(ready.length).toBeGreaterThan(0);
    const latest = lib.calendar.addOpenDays(on, lib.policy.holdPickupOpenDays);
    for (const h of ready) {
      expect(h.copy).toMatchObject({ status: "on_hold_shelf", titleId: h.titleId });
      expect(h.pickupBy! >= on && h.pickupBy! <= latest).toBe(true);
    }
    expect(await lib.db.copy.count({ where: { status: "on_hold_shelf" } })).toBe(ready.length);
  });

  test("no pupil holds more than the policy allows", async () => {
    const perPupil = await lib.db.hold.groupBy({
      by: ["patronId"],
      where: { status: { in: ["queued", "ready"] } },
      _count: { _all: true },
    });
    expect(Math.max(...perPupil.map((p) => p._count._all))).toBeLessThanOrEqual(
      lib.policy.student.maxHolds,
    );
  });
});

describe("the demo's rota and activities", () => {
  test("every class has a weekly borrowing slot, grades have open days, librarians have duties", async () => {
    const rota = await lib.db.rotaEntry.findMany({
      select: { kind: true, classId: true, weeks: true },
    });
    const slotted = new Set(
      rota.filter((r) => r.kind === "slot" && r.weeks === "every").map((r) => r.classId),
    );
    expect(slotted.size).toBe(6);
    expect(rota.some((r) => r.kind === "slot" && r.weeks === "odd")).toBe(true);
    expect(rota.filter((r) => r.kind === "grade_day").length).toBe(3);
    expect(rota.filter((r) => r.kind === "duty").length).toBeGreaterThanOrEqual(6);
  });

  test("a reading festival, an essay contest with a deadline and a story hour are planned", async () => {
    const acts = await lib.db.activity.findMany({
      select: { kind: true, deadlineOn: true, audience: true },
    });
    expect(acts.map((a) => a.kind).sort()).toEqual(["essay", "reading_festival", "story_hour"]);
    expect(acts.find((a) => a.kind === "essay")?.deadlineOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const a of acts) expect(JSON.parse(a.audience)).toHaveProperty("kind");
  });
});
