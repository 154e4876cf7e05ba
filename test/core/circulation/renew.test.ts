import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { SchoolCalendar } from "../../../src/core/calendar.ts";
import { placeHold } from "../../../src/core/circulation/place-hold.ts";
import { renewLoan } from "../../../src/core/circulation/renew.ts";
import { extendLoanIf } from "../../../src/db/loan-repo.ts";
import { runTransaction } from "../../../src/db/transact.ts";
import { testLibrary } from "../../support/library.ts";
import { addPatron, lend, librarian, member, shelf } from "./fixtures.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;
let lib: Lib;
beforeEach(async () => {
  lib = await testLibrary();
});
afterEach(() => lib.db.$disconnect());

/** A student with one loan made on Wednesday 2026-09-09, due 2026-09-16. */
async function borrowed() {
  const reader = await addPatron(lib.db);
  const { title, copies } = await shelf(lib.db);
  const loan = await lend(lib, reader.cardNumber, copies[0]!.barcode);
  return { reader, title, loan, parent: member([reader.id]) };
}

const setStatus = (id: number, status: string) =>
  lib.db.patron.update({ where: { id }, data: { status } });

describe("renewLoan", () => {
  test("extends a loan due within three days by renewDays from its due date", async () => {
    const { loan, parent } = await borrowed();
    lib.clock.set("2026-09-14T10:00:00+08:00");
    expect(await renewLoan(lib, parent, loan.loanId)).toEqual({
      ok: true,
      value: { loanId: loan.loanId, dueOn: "2026-09-23" },
    });
    const row = await lib.db.loan.findUniqueOrThrow({ where: { id: loan.loanId } });
    expect(row.renewals).toBe(1);
    expect(await lib.db.auditLog.count({ where: { action: "loan.renew" } })).toBe(1);
  });

  test("stores a renewal only over the loan as it was read: renewed or returned in between, nothing changes", async () => {
    const { loan } = await borrowed();
    const due = (await lib.db.loan.findUniqueOrThrow({ where: { id: loan.loanId } })).dueOn;
    const extend = (renewals: number) =>
      runTransaction(lib.db, (tx) => extendLoanIf(tx, loan.loanId, renewals, "2026-09-30"));
    expect(await extend(1)).toBe(false);
    expect(await lib.db.loan.findUniqueOrThrow({ where: { id: loan.loanId } })).toMatchObject({
      dueOn: due,
      renewals: 0,
    });
    expect(await extend(0)).toBe(true);
    expect(await lib.db.loan.findUniqueOrThrow({ where: { id: loan.loanId } })).toMatchObject({
      dueOn: "2026-09-30",
      renewals: 1,
    });
    await lib.db.loan.update({ where: { id: loan.loanId }, data: { returnedAt: lib.now() } });
    expect(await extend(1)).toBe(false);
  });

  test("moves a renewed due date off a closed day", async () => {
    lib.calendar = new SchoolCalendar(["2026-09-23"], [6, 7]);
    const { loan, parent } = await borrowed();
    lib.clock.set("2026-09-14T10:00:00+08:00");
    const r = await renewLoan(lib, parent, loan.loanId);
    expect(r.ok && r.value.dueOn).toBe("2026-09-24");
  });

  test("refuses too_soon while the due date is more than three days away, with the first day it may", async () => {
    const { loan, parent } = await borrowed();
    expect(await renewLoan(lib, parent, loan.loanId)).toEqual({
      ok: false,
      code: "too_soon",
      detail: { renewFrom: "2026-09-13" },
    });
  });

  test("refuses too_many once the student's one renewal is used", async () => {
    const { loan, parent } = await borrowed();
    lib.clock.set("2026-09-14T10:00:00+08:00");
    await renewLoan(lib, parent, loan.loanId);
    lib.clock.set("2026-09-21T10:00:00+08:00");
    expect(await renewLoan(lib, parent, loan.loanId)).toMatchObject({ code: "too_many" });
  });

  test("refuses on_hold when another reader waits for the title", async () => {
    const { title, loan, parent } = await borrowed();
    const other = await addPatron(lib.db);
    await placeHold(lib, librarian, { patronId: other.id, titleId: title.id });
    lib.clock.set("2026-09-14T10:00:00+08:00");
    expect(await renewLoan(lib, parent, loan.loanId)).toMatchObject({ code: "on_hold" });
  });

  test("is not held back by a hold of a reader whose card is suspended", async () => {
    const { title, loan, parent } = await borrowed();
    const other = await addPatron(lib.db);
    await placeHold(lib, librarian, { patronId: other.id, titleId: title.id });
    await setStatus(other.id, "suspended");
    lib.clock.set("2026-09-14T10:00:00+08:00");
    expect(await renewLoan(lib, parent, loan.loanId)).toMatchObject({ ok: true });
  });

  test("refuses overdue once the due date has passed, with the days late", async () => {
    const { loan, parent } = await borrowed();
    lib.clock.set("2026-09-21T10:00:00+08:00");
    expect(await renewLoan(lib, parent, loan.loanId)).toEqual({
      ok: false,
      code: "overdue",
      detail: { daysLate: 5 },
    });
  });

  test("refuses suspended before overdue, and card_not_issued before both", async () => {
    const { reader, loan, parent } = await borrowed();
    lib.clock.set("2026-10-20T10:00:00+08:00");
    await setStatus(reader.id, "suspended");
    expect(await renewLoan(lib, parent, loan.loanId)).toMatchObject({ code: "suspended" });
    await setStatus(reader.id, "not_issued");
    expect(await renewLoan(lib, parent, loan.loanId)).toMatchObject({ code: "card_not_issued" });
  });

  test("refuses card_left for a reader who has left the school", async () => {
    const { reader, loan, parent } = await borrowed();
    lib.clock.set("2026-09-14T10:00:00+08:00");
    await setStatus(reader.id, "left");
    expect(await renewLoan(lib, parent, loan.loanId)).toMatchObject({ code: "card_left" });
  });

  test("refuses not_yours to a guardian for a child not bound to them, and for unknown ids", async () => {
    const { loan } = await borrowed();
    const ownChild = await addPatron(lib.db);
    const stranger = member([ownChild.id]);
    lib.clock.set("2026-09-14T10:00:00+08:00");
    expect(await renewLoan(lib, stranger, loan.loanId)).toEqual({ ok: false, code: "not_yours" });
    expect(await renewLoan(lib, stranger, 999_999)).toEqual({ ok: false, code: "not_yours" });
    const row = await lib.db.loan.findUniqueOrThrow({ where: { id: loan.loanId } });
    expect(row.dueOn).toBe("2026-09-16");
  });

  test("lets the librarian renew any reader's loan", async () => {
    const { loan } = await borrowed();
    lib.clock.set("2026-09-15T10:00:00+08:00");
    expect((await renewLoan(lib, librarian, loan.loanId)).ok).toBe(true);
  });
});
