import { describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.ts";
import {
  findOpenHoldsOfPatrons,
  findOpenLoansOfPatrons,
  findPatronsWithClass,
} from "../../src/db/patron-summary-repo.ts";
import { freshDb } from "../support/db.ts";
import { addClass, addHold, addLoan, addPatron, addTitle } from "../core/reports/fixtures.ts";

const day = (d: number) => `2026-09-0${d}T08:00:00+08:00`;

async function family(db: Db) {
  const a = await addPatron(db, { name: "李小明", classId: await addClass(db, 3, 1) });
  const b = await addPatron(db, { name: "李老师", role: "teacher" });
  const other = await addPatron(db, { name: "王别家" });
  return { a, b, other };
}

describe("findPatronsWithClass", () => {
  it("gives each asked patron with its class name (null without a class) and what it owes", async () => {
    const { db } = await freshDb();
    const { a, b } = await family(db);
    const t = await addTitle(db, { title: "草房子", copies: ["lost", "damaged"] });
    const charge = (copyId = 0, amountCents = 0, status = "open") =>
      db.charge.create({ data: { patronId: a, copyId, kind: "lost", amountCents, status } });
    await charge(t.copyIds[0], 2500);
    await charge(t.copyIds[1], 800);
    await charge(t.copyIds[1], 300, "paid");
    const rows = await findPatronsWithClass(db, [b, a]);
    expect(rows.sort((x, y) => x.id - y.id)).toEqual([
      {
        id: a,
        name: "李小明",
        role: "student",
        status: "active",
        className: "3-1",
        owedCents: 3300,
      },
      { id: b, name: "李老师", role: "teacher", status: "active", className: null, owedCents: 0 },
    ]);
    expect(await findPatronsWithClass(db, [])).toEqual([]);
  });
});

describe("findOpenLoansOfPatrons", () => {
  it("gives the open loans of the patrons with copy and title, soonest due first", async () => {
    const { db } = await freshDb();
    const { a, b, other } = await family(db);
    const t = await addTitle(db, { title: "草房子", copies: ["on_loan", "on_loan", "on_loan"] });
    const [c1 = 0, c2 = 0, c3 = 0] = t.copyIds;
    const late = await addLoan(db, { copyId: c1, patronId: b, dueOn: "2026-09-20", renewals: 1 });
    const soon = await addLoan(db, { copyId: c2, patronId: a, dueOn: "2026-09-10" });
    await addLoan(db, { copyId: c3, patronId: a, dueOn: "2026-09-01", returned: true });
    await addLoan(db, { copyId: c3, patronId: other, dueOn: "2026-09-05" });
    const rows = await findOpenLoansOfPatrons(db, [a, b]);
    const copy = await db.copy.findUniqueOrThrow({ where: { id: c1 } });
    expect(rows.map((r) => r.id)).toEqual([soon, late]);
    expect(rows[1]).toEqual({
      id: late,
      patronId: b,
      dueOn: "2026-09-20",
      renewals: 1,
      barcode: copy.barcode,
      titleId: t.id,
      title: "草房子",
      heldByOther: false,
    });
  });
});

describe("findOpenHoldsOfPatrons", () => {
  it("places each queued hold in its title's whole queue, ties broken by id", async () => {
    const { db } = await freshDb();
    const { a, b, other } = await family(db);
    const t = await addTitle(db, { title: "夏洛的网", copies: ["on_loan"] });
    const u = await addTitle(db, { title: "小王子", copies: ["on_hold_shelf"] });
    await addHold(db, { titleId: t.id, patronId: other, placedAt: day(1) });
    await addHold(db, { titleId: t.id, patronId: other, placedAt: day(1), status: "cancelled" });
    const tie = await addHold(db, { titleId: t.id, patronId: other, placedAt: day(3) });
    const third = await addHold(db, { titleId: t.id, patronId: a, placedAt: day(3) });
    const first = await addHold(db, { titleId: t.id, patronId: b, placedAt: day(2) });
    const ready = await addHold(db, {
      titleId: u.id,
      patronId: a,
      status: "ready",
      pickupBy: "2026-09-11",
      placedAt: day(4),
    });
    const onU = await addHold(db, { titleId: u.id, patronId: b, placedAt: day(5) });
    const rows = await findOpenHoldsOfPatrons(db, [a, b]);
    expect(rows.map((r) => [r.id, r.status, r.position])).toEqual([
      [first, "queued", 2],
      [third, "queued", 4],
      [ready, "ready", null],
      [onU, "queued", 1],
    ]);
    expect(rows[2]).toMatchObject({ title: "小王子", pickupBy: "2026-09-11", patronId: a });
    expect(rows.some((r) => r.id === tie)).toBe(false);
  });
});
