import { afterEach, beforeEach, describe, expect, test } from "vitest";
import {
  declareDamaged,
  declareLost,
  settleCharge,
} from "../../../src/core/circulation/charges.ts";
import { testLibrary } from "../../support/library.ts";
import { addCopy, addPatron, addTitle, copyStatus, lend, librarian, member } from "./fixtures.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;
let lib: Lib;
beforeEach(async () => {
  lib = await testLibrary();
});
afterEach(() => lib.db.$disconnect());

async function onLoan(priceCents = 3680) {
  const reader = await addPatron(lib.db);
  const title = await addTitle(lib.db);
  const copy = await addCopy(lib.db, title.id, { priceCents });
  const loan = await lend(lib, reader.cardNumber, copy.barcode);
  return { reader, copy, loan };
}

const chargeRow = (id: number) => lib.db.charge.findUniqueOrThrow({ where: { id } });

describe("declareLost", () => {
  test("closes the loan, marks the copy lost and charges its list price", async () => {
    const { reader, copy, loan } = await onLoan(3680);
    const r = await declareLost(lib, librarian, { barcode: copy.barcode });
    if (!r.ok) expect.fail(r.code);
    expect(r.value).toMatchObject({ loanId: loan.loanId, patronId: reader.id, amountCents: 3680 });
    expect(await chargeRow(r.value.chargeId)).toMatchObject({
      kind: "lost",
      amountCents: 3680,
      status: "open",
      patronId: reader.id,
      loanId: loan.loanId,
    });
    expect(await copyStatus(lib.db, copy.id)).toBe("lost");
    const row = await lib.db.loan.findUniqueOrThrow({ where: { id: loan.loanId } });
    expect(row.returnedAt).not.toBeNull();
  });

  test("refuses a copy with no list price unless an amount is given, writing nothing", async () => {
    const { copy, loan } = await onLoan(0);
    expect(await declareLost(lib, librarian, { barcode: copy.barcode })).toEqual({
      ok: false,
      code: "no_price",
    });
    const open = await lib.db.loan.findUniqueOrThrow({ where: { id: loan.loanId } });
    expect(open.returnedAt).toBeNull();
    expect(await lib.db.charge.count()).toBe(0);
    const r = await declareLost(lib, librarian, { barcode: copy.barcode, amountCents: 2000 });
    expect(r.ok && r.value.amountCents).toBe(2000);
  });

  test("is for the librarian only", async () => {
    const { reader, copy } = await onLoan();
    const r = await declareLost(lib, member([reader.id], reader.id), { barcode: copy.barcode });
    expect(r).toEqual({ ok: false, code: "not_librarian" });
  });

  test("refuses an unknown barcode and a copy not on loan", async () => {
    const title = await addTitle(lib.db);
    const idle = await addCopy(lib.db, title.id);
    expect(await declareLost(lib, librarian, { barcode: "nope" })).toMatchObject({
      code: "unknown_copy",
    });
    expect(await declareLost(lib, librarian, { barcode: idle.barcode })).toMatchObject({
      code: "not_on_loan",
    });
  });
});

describe("declareDamaged", () => {
  test("charges the list price by default and marks the copy damaged", async () => {
    const { copy } = await onLoan(2990);
    const r = await declareDamaged(lib, librarian, { barcode: copy.barcode });
    if (!r.ok) expect.fail(r.code);
    expect(await chargeRow(r.value.chargeId)).toMatchObject({
      kind: "damaged",
      amountCents: 2990,
      status: "open",
    });
    expect(await copyStatus(lib.db, copy.id)).toBe("damaged");
  });

  test("records a repair at no cost as a waived charge of 0", async () => {
    const { copy } = await onLoan(2990);
    const r = await declareDamaged(lib, librarian, { barcode: copy.barcode, amountCents: 0 });
    if (!r.ok) expect.fail(r.code);
    expect(await chargeRow(r.value.chargeId)).toMatchObject({ amountCents: 0, status: "waived" });
  });

  test("refuses a negative amount", async () => {
    const { copy } = await onLoan();
    const r = await declareDamaged(lib, librarian, { barcode: copy.barcode, amountCents: -1 });
    expect(r).toEqual({ ok: false, code: "invalid_amount" });
    expect(await copyStatus(lib.db, copy.id)).toBe("on_loan");
  });
});

describe("settleCharge", () => {
  test("marks an open charge paid once, then refuses not_open", async () => {
    const { copy } = await onLoan();
    const lost = await declareLost(lib, librarian, { barcode: copy.barcode });
    if (!lost.ok) expect.fail(lost.code);
    const id = lost.value.chargeId;
    expect(await settleCharge(lib, librarian, id, "paid")).toEqual({
      ok: true,
      value: { chargeId: id, status: "paid" },
    });
    expect((await chargeRow(id)).settledAt).toEqual(lib.now());
    expect(await settleCharge(lib, librarian, id, "waived")).toEqual({
      ok: false,
      code: "not_open",
    });
  });

  test("refuses unknown_charge and anyone but the librarian", async () => {
    const { reader } = await onLoan();
    expect(await settleCharge(lib, librarian, 999_999, "paid")).toEqual({
      ok: false,
      code: "unknown_charge",
    });
    expect(await settleCharge(lib, member([reader.id]), 1, "waived")).toEqual({
      ok: false,
      code: "not_librarian",
    });
  });
});
