import { afterAll, beforeAll, expect, test } from "vitest";
import type { Library } from "../../../src/core/library.ts";
import { patronSummary } from "../../../src/core/reports/patron-summary.ts";
import { testLibrary } from "../../support/library.ts";
import { addClass, addHold, addLoan, addPatron, addTitle, groupOf, parentOf } from "./fixtures.ts";

// Today is Wednesday 2026-09-09; overdue levels begin at 1, 7 and 14 days late.
let lib: Library;
const ids: Record<string, number> = {};

beforeAll(async () => {
  lib = await testLibrary();
  const db = lib.db;
  const a1 = (ids.a1 = await addPatron(db, { name: "李小明", classId: await addClass(db, 3, 1) }));
  const a2 = (ids.a2 = await addPatron(db, { name: "李小红", classId: await addClass(db, 5, 2) }));
  const b1 = (ids.b1 = await addPatron(db, { name: "王别家", classId: await addClass(db, 3, 2) }));
  const tale = await addTitle(db, {
    title: "安徒生童话",
    copies: ["on_loan", "on_loan", "on_loan"],
  });
  const grimm = await addTitle(db, { title: "格林童话", copies: ["on_loan", "on_hold_shelf"] });
  ids.dueSoon = await addLoan(db, {
    copyId: tale.copyIds[0] ?? 0,
    patronId: a1,
    dueOn: "2026-09-12",
  });
  ids.late = await addLoan(db, {
    copyId: tale.copyIds[1] ?? 0,
    patronId: a1,
    dueOn: "2026-09-01",
    renewals: 1,
  });
  await db.loan.update({ where: { id: ids.late }, data: { overdueLevel: 3 } }); // stale column; the summary computes
  await addLoan(db, {
    copyId: grimm.copyIds[0] ?? 0,
    patronId: a1,
    dueOn: "2026-09-05",
    returned: true,
  });
  await addLoan(db, { copyId: tale.copyIds[2] ?? 0, patronId: b1, dueOn: "2026-09-03" });
  await addHold(db, { titleId: grimm.id, patronId: b1, placedAt: "2026-09-02T08:00:00+08:00" });
  ids.queued = await addHold(db, {
    titleId: grimm.id,
    patronId: a2,
    placedAt: "2026-09-03T08:00:00+08:00",
  });
  ids.ready = await addHold(db, {
    titleId: tale.id,
    patronId: a2,
    status: "ready",
    pickupBy: "2026-09-11",
    copyId: grimm.copyIds[1] ?? 0,
  });
  await addHold(db, { titleId: tale.id, patronId: a2, status: "cancelled" });
  ids.grimm = grimm.id;
  ids.tale = tale.id;
});

afterAll(() => lib.db.$disconnect());

test("a guardian sees each child's open loans with days left, level as of today and renewals left, and whether the renewal rule allows one", async () => {
  const [first] = await patronSummary(lib, parentOf(ids.a1 ?? 0, ids.a2 ?? 0));
  expect(first).toMatchObject({
    patronId: ids.a1,
    name: "李小明",
    className: "3-1",
    status: "active",
  });
  expect(
    first?.loans.map(({ loanId, dueOn, daysLeft, overdueLevel, renewalsLeft, renewBlock }) => ({
      loanId,
      dueOn,
      daysLeft,
      overdueLevel,
      renewalsLeft,
      renewBlock,
    })),
  ).toEqual([
    {
      loanId: ids.late,
      dueOn: "2026-09-01",
      daysLeft: -8,
      overdueLevel: 2,
      renewalsLeft: 0,
      renewBlock: { ok: false, code: "overdue", detail: { daysLate: 8 } },
    },
    {
      loanId: ids.dueSoon,
      dueOn: "2026-09-12",
      daysLeft: 3,
      overdueLevel: 0,
      renewalsLeft: 1,
      renewBlock: null,
    },
  ]);
  expect(first?.holds).toEqual([]);
});

test("holds show the ready one with its pickup date and the queued one with its place", async () => {
  const [, second] = await patronSummary(lib, parentOf(ids.a1 ?? 0, ids.a2 ?? 0));
  expect(second?.loans).toEqual([]);
  expect(second?.holds).toEqual([
    {
      holdId: ids.ready,
      titleId: ids.tale,
      title: "安徒生童话",
      status: "ready",
      pickupBy: "2026-09-11",
    },
    { holdId: ids.queued, titleId: ids.grimm, title: "格林童话", status: "queued", position: 2 },
  ]);
});

test("another family's child never appears, even when sharing a title's queue", async () => {
  const summary = await patronSummary(lib, parentOf(ids.a1 ?? 0, ids.a2 ?? 0));
  expect(summary.map((s) => s.patronId)).toEqual([ids.a1, ids.a2]);
  expect(JSON.stringify(summary)).not.toContain("王别家");
});

test("the other family sees only its own child", async () => {
  const summary = await patronSummary(lib, parentOf(ids.b1 ?? 0));
  expect(summary.map((s) => s.name)).toEqual(["王别家"]);
  expect(summary[0]?.holds).toMatchObject([{ status: "queued", position: 1 }]);
});

test("a group chat has no patrons and gets an empty summary", async () => {
  expect(await patronSummary(lib, groupOf(1))).toEqual([]);
});

test("a loan another active reader queues for is not renewable; a suspended reader's hold does not count", async () => {
  const poem = await addTitle(lib.db, { title: "唐诗三百首", copies: ["on_loan"] });
  const child = await addPatron(lib.db, { name: "赵小宝" });
  const waiting = await addPatron(lib.db, { name: "钱小贝" });
  await addLoan(lib.db, { copyId: poem.copyIds[0] ?? 0, patronId: child, dueOn: "2026-09-11" });
  await addHold(lib.db, { titleId: poem.id, patronId: waiting });
  const block = async () => (await patronSummary(lib, parentOf(child)))[0]?.loans[0]?.renewBlock;
  expect(await block()).toEqual({ ok: false, code: "on_hold" });
  await lib.db.patron.update({ where: { id: waiting }, data: { status: "suspended" } });
  expect(await block()).toBeNull();
});
