import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { checkout } from "../../../src/core/circulation/checkout.ts";
import { placeHold } from "../../../src/core/circulation/place-hold.ts";
import { returnCopy } from "../../../src/core/circulation/return-copy.ts";
import { testLibrary } from "../../support/library.ts";
import { addPatron, copyStatus, holdRow, lend, librarian, member, shelf } from "./fixtures.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;
let lib: Lib;
beforeEach(async () => {
  lib = await testLibrary();
});
afterEach(() => lib.db.$disconnect());

describe("returnCopy", () => {
  test("closes the loan and puts the copy back on the shelf when nobody waits", async () => {
    const reader = await addPatron(lib.db);
    const { copies } = await shelf(lib.db);
    const loan = await lend(lib, reader.cardNumber, copies[0]!.barcode);
    const r = await returnCopy(lib, librarian, { barcode: copies[0]!.barcode });
    expect(r).toEqual({
      ok: true,
      value: {
        loanId: loan.loanId,
        patronId: reader.id,
        titleId: loan.titleId,
        title: "西游记",
        daysLate: 0,
        suspensionLifted: false,
      },
    });
    expect(await copyStatus(lib.db, copies[0]!.id)).toBe("available");
    const row = await lib.db.loan.findUniqueOrThrow({ where: { id: loan.loanId } });
    expect(row.returnedAt).toEqual(lib.now());
  });

  test("a checkout and a return each mark the copy changed for search in other processes", async () => {
    const reader = await addPatron(lib.db);
    const { copies } = await shelf(lib.db);
    const copy = copies[0]!;
    const changedAt = async () =>
      (await lib.db.copy.findUniqueOrThrow({ where: { id: copy.id } })).updatedAt.getTime();
    const old = new Date("2026-01-01T00:00:00Z");
    await lib.db.$executeRaw`UPDATE "Copy" SET "updatedAt" = ${old} WHERE "id" = ${copy.id}`;
    await lend(lib, reader.cardNumber, copy.barcode);
    expect(await changedAt()).toBeGreaterThan(old.getTime());
    await lib.db.$executeRaw`UPDATE "Copy" SET "updatedAt" = ${old} WHERE "id" = ${copy.id}`;
    await returnCopy(lib, librarian, { barcode: copy.barcode });
    expect(await changedAt()).toBeGreaterThan(old.getTime());
    expect(await copyStatus(lib.db, copy.id)).toBe("available");
  });

  test("reports how many days late the book came back", async () => {
    const reader = await addPatron(lib.db);
    const { copies } = await shelf(lib.db);
    await lend(lib, reader.cardNumber, copies[0]!.barcode); // due 2026-09-16
    lib.clock.set("2026-09-21T09:00:00+08:00");
    const r = await returnCopy(lib, librarian, { barcode: copies[0]!.barcode });
    expect(r.ok && r.value.daysLate).toBe(5);
  });

  test("refuses an unknown barcode, a copy not on loan, and a reader who is not desk staff", async () => {
    const reader = await addPatron(lib.db);
    const { copies } = await shelf(lib.db);
    const barcode = copies[0]!.barcode;
    expect(await returnCopy(lib, librarian, { barcode: "nope" })).toMatchObject({
      code: "unknown_copy",
    });
    expect(await returnCopy(lib, librarian, { barcode })).toMatchObject({ code: "not_on_loan" });
    await lend(lib, reader.cardNumber, barcode);
    expect(await returnCopy(lib, member([reader.id], reader.id), { barcode })).toMatchObject({
      code: "not_desk_staff",
    });
  });
});

/** A copy lent to a, then b and c (in that order) queued for its title. */
async function queueOfTwo() {
  const [a, b, c] = [await addPatron(lib.db), await addPatron(lib.db), await addPatron(lib.db)];
  const { title, copies } = await shelf(lib.db);
  const barcode = copies[0]!.barcode;
  await lend(lib, a.cardNumber, barcode);
  const first = await placeHold(lib, librarian, { patronId: b.id, titleId: title.id });
  const second = await placeHold(lib, librarian, { patronId: c.id, titleId: title.id });
  if (!first.ok || !second.ok) return expect.fail("holds refused");
  return { a, b, c, title, copies, barcode, first, second };
}

describe("the hold queue", () => {
  test("serves the oldest hold on return, then the reader collects the copy at checkout", async () => {
    const { b, c, title, copies, barcode, first, second } = await queueOfTwo();
    expect([first.value.position, second.value.position]).toEqual([1, 2]);

    const back = await returnCopy(lib, librarian, { barcode });
    // Wednesday + 3 open days: Thursday, Friday, Monday
    expect(back.ok && back.value.hold).toEqual({
      holdId: first.value.holdId,
      patronId: b.id,
      titleId: title.id,
      pickupBy: "2026-09-14",
    });
    expect(await copyStatus(lib.db, copies[0]!.id)).toBe("on_hold_shelf");
    expect(await holdRow(lib.db, first.value.holdId)).toMatchObject({
      status: "ready",
      copyId: copies[0]!.id,
    });
    expect((await holdRow(lib.db, second.value.holdId)).status).toBe("queued");

    const other = await checkout(lib, librarian, { cardNumber: c.cardNumber, barcode });
    expect(other).toMatchObject({ ok: false, code: "held_for_other" });
    await lend(lib, b.cardNumber, barcode);
    expect((await holdRow(lib.db, first.value.holdId)).status).toBe("collected");
  });
  test("passes over a reader whose card is suspended, who keeps their place", async () => {
    const { b, second, first, barcode } = await queueOfTwo();
    await lib.db.patron.update({ where: { id: b.id }, data: { status: "suspended" } });

    const back = await returnCopy(lib, librarian, { barcode });
    expect(back.ok && back.value.hold?.holdId).toBe(second.value.holdId);
    expect((await holdRow(lib.db, first.value.holdId)).status).toBe("queued");
  });
});

describe("suspension", () => {
  async function suspendedWithLoans(count: number) {
    const reader = await addPatron(lib.db, { role: "teacher" });
    const { copies } = await shelf(lib.db, count);
    for (const c of copies) await lend(lib, reader.cardNumber, c.barcode);
    await lib.db.patron.update({ where: { id: reader.id }, data: { status: "suspended" } });
    lib.clock.set("2026-11-20T10:00:00+08:00"); // every loan is weeks late
    return { reader, copies };
  }

  test("is lifted when the last overdue book comes back", async () => {
    const { reader, copies } = await suspendedWithLoans(1);
    const r = await returnCopy(lib, librarian, { barcode: copies[0]!.barcode });
    expect(r.ok && r.value.suspensionLifted).toBe(true);
    const row = await lib.db.patron.findUniqueOrThrow({ where: { id: reader.id } });
    expect(row.status).toBe("active");
  });

  test("ending serves the reader's hold on a title left on the shelf meanwhile", async () => {
    const [reader, other] = [await addPatron(lib.db), await addPatron(lib.db)];
    const late = await shelf(lib.db);
    const wanted = await shelf(lib.db);
    await lend(lib, reader.cardNumber, late.copies[0]!.barcode);
    await lend(lib, other.cardNumber, wanted.copies[0]!.barcode);
    const hold = await placeHold(lib, librarian, { patronId: reader.id, titleId: wanted.title.id });
    if (!hold.ok) expect.fail(hold.code);
    await lib.db.patron.update({ where: { id: reader.id }, data: { status: "suspended" } });
    lib.clock.set("2026-11-20T10:00:00+08:00");

    const passedOver = await returnCopy(lib, librarian, { barcode: wanted.copies[0]!.barcode });
    expect(passedOver.ok && passedOver.value.hold).toBeUndefined();
    expect(await copyStatus(lib.db, wanted.copies[0]!.id)).toBe("available");

    const r = await returnCopy(lib, librarian, { barcode: late.copies[0]!.barcode });
    expect(r.ok && r.value.suspensionLifted).toBe(true);
    expect(r.ok && r.value.readyAfterLift).toEqual([
      {
        holdId: hold.value.holdId,
        patronId: reader.id,
        titleId: wanted.title.id,
        pickupBy: "2026-11-25",
      },
    ]);
    expect(await copyStatus(lib.db, wanted.copies[0]!.id)).toBe("on_hold_shelf");
    expect(await holdRow(lib.db, hold.value.holdId)).toMatchObject({
      status: "ready",
      copyId: wanted.copies[0]!.id,
    });
  });

  test("stays while another overdue book is still out", async () => {
    const { reader, copies } = await suspendedWithLoans(2);
    const r = await returnCopy(lib, librarian, { barcode: copies[0]!.barcode });
    expect(r.ok && r.value.suspensionLifted).toBe(false);
    const row = await lib.db.patron.findUniqueOrThrow({ where: { id: reader.id } });
    expect(row.status).toBe("suspended");
  });
});
