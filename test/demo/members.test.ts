import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { actorFor } from "../../src/core/bindings/actor.ts";
import { renewLoan } from "../../src/core/circulation/renew.ts";
import { isDeskStaff } from "../../src/core/circulation/desk-staff.ts";
import { daysBetween } from "../../src/core/dates.ts";
import { today } from "../../src/core/library.ts";
import { buildDemoSchool } from "../../src/demo/build.ts";
import { demoPlatform, demoUserIds } from "../../src/demo/members.ts";
import type { DemoRole } from "../../src/demo/members.ts";
import { testLibrary } from "../support/library.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;
let lib: Lib;

beforeAll(async () => {
  lib = await testLibrary();
  const r = await buildDemoSchool(lib);
  if (!r.ok) expect.fail(r.code);
});
afterAll(() => lib.db.$disconnect());

const actorOf = (role: DemoRole) =>
  actorFor(lib, { platform: demoPlatform, userId: demoUserIds[role] });

const loansOf = (patronId: number) =>
  lib.db.loan.findMany({
    where: { patronId, returnedAt: null },
    select: { id: true, dueOn: true, renewals: true, overdueLevel: true },
    orderBy: { dueOn: "asc" },
  });

const gradeOf = async (patronId: number) =>
  (
    await lib.db.patron.findUniqueOrThrow({
      where: { id: patronId },
      select: { class: { select: { grade: true } } },
    })
  ).class?.grade;

describe("demo-parent", () => {
  test("is guardian of two children in different grades and of no one else", async () => {
    const actor = await actorOf("parent");
    expect(actor.patronIds).toHaveLength(2);
    expect(actor.selfPatronId).toBeUndefined();
    expect(actor.isLibrarian).toBe(false);
    const [a, b] = actor.patronIds;
    expect(await gradeOf(a!)).not.toBe(await gradeOf(b!));
  });

  test("one child has a loan renewable right now, the other is overdue and waiting in a queue", async () => {
    const actor = await actorOf("parent");
    const loans = await Promise.all(actor.patronIds.map(loansOf));
    const renewableChild = loans.findIndex((ls) => ls.some((l) => l.dueOn >= today(lib)));
    const overdueChild = 1 - renewableChild;
    const renewable = loans[renewableChild]![0]!;
    expect(daysBetween(today(lib), renewable.dueOn)).toBeLessThanOrEqual(
      lib.policy.renewWithinDays,
    );
    expect(loans[overdueChild]!.map((l) => l.overdueLevel)).toEqual([1]);
    const holds = await lib.db.hold.findMany({
      where: { patronId: actor.patronIds[overdueChild]! },
      select: { status: true },
    });
    expect(holds).toEqual([{ status: "queued" }]);
    const renewed = await renewLoan(lib, actor, renewable.id);
    expect(renewed.ok).toBe(true);
  });
});

describe("demo-student", () => {
  test("is bound to themself with a renewable loan and a hold ready to pick up", async () => {
    const actor = await actorOf("student");
    expect(actor.patronIds).toEqual([actor.selfPatronId]);
    const [loan] = await loansOf(actor.selfPatronId!);
    const ready = await lib.db.hold.count({
      where: { patronId: actor.selfPatronId!, status: "ready" },
    });
    expect(ready).toBe(1);
    expect((await renewLoan(lib, actor, loan!.id)).ok).toBe(true);
  });
});

describe("demo-teacher", () => {
  test("heads one class in which pupils are overdue at levels 1, 2 and 3", async () => {
    const actor = await actorOf("teacher");
    expect(actor.classIds).toHaveLength(1);
    const levels = await lib.db.loan.findMany({
      where: { returnedAt: null, overdueLevel: { gt: 0 }, patron: { classId: actor.classIds[0]! } },
      select: { overdueLevel: true },
    });
    expect(new Set(levels.map((l) => l.overdueLevel))).toEqual(new Set([1, 2, 3]));
  });
});

describe("demo-librarian and demo-helper", () => {
  test("the librarian has every right", async () => {
    expect((await actorOf("librarian")).isLibrarian).toBe(true);
  });

  test("the helper is a student librarian on duty every open weekday from 07:30 to 17:30", async () => {
    const actor = await actorOf("helper");
    expect(actor.isStudentLibrarian).toBe(true);
    expect(actor.isLibrarian).toBe(false);
    const duties = await lib.db.rotaEntry.findMany({
      where: { kind: "duty", patronId: actor.selfPatronId! },
      select: { weekday: true, start: true, end: true, weeks: true },
      orderBy: { weekday: "asc" },
    });
    expect(duties).toEqual(
      [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: "07:30", end: "17:30", weeks: "every" })),
    );
    expect(await isDeskStaff(lib, actor)).toBe(true);
    lib.clock.set("2026-09-09T18:00:00+08:00");
    expect(await isDeskStaff(lib, actor)).toBe(false);
    lib.clock.set("2026-09-09T10:00:00+08:00");
  });

  test("six pupils are student librarians", async () => {
    expect(await lib.db.patron.count({ where: { isStudentLibrarian: true } })).toBe(6);
  });
});
