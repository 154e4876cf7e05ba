import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { checkout } from "../../../src/core/circulation/checkout.ts";
import { placeHold } from "../../../src/core/circulation/place-hold.ts";
import { returnCopy } from "../../../src/core/circulation/return-copy.ts";
import { defaultPolicy } from "../../../src/core/policy.ts";
import { testLibrary } from "../../support/library.ts";
import {
  addCopy,
  addPatron,
  addTitle,
  copyStatus,
  holdRow,
  lend,
  librarian,
  member,
  shelf,
} from "./fixtures.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;
let lib: Lib;
beforeEach(async () => {
  lib = await testLibrary();
});
afterEach(() => lib.db.$disconnect());

describe("checkout", () => {
  test("lends an available copy until loanDays later and puts it on loan", async () => {
    const reader = await addPatron(lib.db);
    const { title, copies } = await shelf(lib.db);
    const loan = await lend(lib, reader.cardNumber, copies[0]!.barcode);
    expect(loan).toMatchObject({ patronId: reader.id, titleId: title.id, title: "西游记" });
    expect(loan.dueOn).toBe("2026-09-16");
    expect(await copyStatus(lib.db, copies[0]!.id)).toBe("on_loan");
    const audit = await lib.db.auditLog.findFirst({ where: { action: "loan.checkout" } });
    expect(audit?.subject).toBe(`loan:${loan.loanId}`);
  });

  test("gives a teacher the teacher loan period", async () => {
    const teacher = await addPatron(lib.db, { role: "teacher" });
    const { copies } = await shelf(lib.db);
    expect((await lend(lib, teacher.cardNumber, copies[0]!.barcode)).dueOn).toBe("2026-10-09");
  });

  test("moves a due date that falls on a weekend to the next Monday", async () => {
    lib.policy = { ...defaultPolicy, student: { ...defaultPolicy.student, loanDays: 10 } };
    const reader = await addPatron(lib.db);
    const { copies } = await shelf(lib.db);
    // Wednesday 2026-09-09 + 10 days = Saturday 2026-09-19
    expect((await lend(lib, reader.cardNumber, copies[0]!.barcode)).dueOn).toBe("2026-09-21");
  });

  test("moves a due date that falls on closed holidays past all of them", async () => {
    await lib.db.$disconnect();
    lib = await testLibrary({ closedDays: ["2026-09-16", "2026-09-17"] });
    const reader = await addPatron(lib.db);
    const { copies } = await shelf(lib.db);
    expect((await lend(lib, reader.cardNumber, copies[0]!.barcode)).dueOn).toBe("2026-09-18");
  });

  test("trims spaces around the card number and the barcode a scanner may add", async () => {
    const reader = await addPatron(lib.db);
    const { copies } = await shelf(lib.db);
    const r = await checkout(lib, librarian, {
      cardNumber: ` ${reader.cardNumber} `,
      barcode: `${copies[0]!.barcode}\n`,
    });
    expect(r.ok).toBe(true);
  });
});

describe("checkout refusals", () => {
  test("refuses a reader who is not desk staff", async () => {
    const reader = await addPatron(lib.db);
    const { copies } = await shelf(lib.db);
    const input = { cardNumber: reader.cardNumber, barcode: copies[0]!.barcode };
    expect(await checkout(lib, member([reader.id], reader.id), input)).toEqual({
      ok: false,
      code: "not_desk_staff",
    });
  });

  test("refuses an unknown card and an unknown barcode", async () => {
    const reader = await addPatron(lib.db);
    const { copies } = await shelf(lib.db);
    const noCard = await checkout(lib, librarian, { cardNumber: "X", barcode: copies[0]!.barcode });
    expect(noCard).toMatchObject({ ok: false, code: "unknown_card" });
    const noCopy = await checkout(lib, librarian, { cardNumber: reader.cardNumber, barcode: "X" });
    expect(noCopy).toMatchObject({ ok: false, code: "unknown_copy" });
  });

  test("refuses a reference book, which never leaves the library", async () => {
    const reader = await addPatron(lib.db);
    const dict = await addTitle(lib.db, { title: "新华字典", isReference: true });
    const copy = await addCopy(lib.db, dict.id);
    const r = await checkout(lib, librarian, {
      cardNumber: reader.cardNumber,
      barcode: copy.barcode,
    });
    expect(r).toMatchObject({ ok: false, code: "reference_only" });
  });

  test.each([
    ["not_issued", "card_not_issued"],
    ["suspended", "suspended"],
    ["left", "card_left"],
  ])("refuses a card with status %s as %s", async (status, code) => {
    const reader = await addPatron(lib.db, { status });
    const { copies } = await shelf(lib.db);
    const r = await checkout(lib, librarian, {
      cardNumber: reader.cardNumber,
      barcode: copies[0]!.barcode,
    });
    expect(r).toMatchObject({ ok: false, code });
    expect(await copyStatus(lib.db, copies[0]!.id)).toBe("available");
  });

  test("refuses a third book to a student whose limit is two", async () => {
    const reader = await addPatron(lib.db);
    const { copies } = await shelf(lib.db, 3);
    await lend(lib, reader.cardNumber, copies[0]!.barcode);
    await lend(lib, reader.cardNumber, copies[1]!.barcode);
    const r = await checkout(lib, librarian, {
      cardNumber: reader.cardNumber,
      barcode: copies[2]!.barcode,
    });
    expect(r).toEqual({ ok: false, code: "limit_reached", detail: { maxLoans: 2 } });
  });

  test("refuses a copy that is already on loan or lost", async () => {
    const [a, b] = [await addPatron(lib.db), await addPatron(lib.db)];
    const { title, copies } = await shelf(lib.db);
    const lost = await addCopy(lib.db, title.id, { status: "lost" });
    await lend(lib, a.cardNumber, copies[0]!.barcode);
    for (const barcode of [copies[0]!.barcode, lost.barcode]) {
      const r = await checkout(lib, librarian, { cardNumber: b.cardNumber, barcode });
      expect(r).toMatchObject({ ok: false, code: "not_available" });
    }
  });

  test("refuses a copy on the hold shelf for another reader's ready hold", async () => {
    const [a, b, c] = [await addPatron(lib.db), await addPatron(lib.db), await addPatron(lib.db)];
    const { title, copies } = await shelf(lib.db);
    await lend(lib, a.cardNumber, copies[0]!.barcode);
    await placeHold(lib, librarian, { patronId: b.id, titleId: title.id });
    await returnCopy(lib, librarian, { barcode: copies[0]!.barcode });
    const r = await checkout(lib, librarian, {
      cardNumber: c.cardNumber,
      barcode: copies[0]!.barcode,
    });
    expect(r).toMatchObject({ ok: false, code: "held_for_other" });
  });
});

describe("checkout and holds", () => {
  test("collects the reader's ready hold when they borrow the copy set aside for them", async () => {
    const [a, b] = [await addPatron(lib.db), await addPatron(lib.db)];
    const { title, copies } = await shelf(lib.db);
    await lend(lib, a.cardNumber, copies[0]!.barcode);
    const hold = await placeHold(lib, librarian, { patronId: b.id, titleId: title.id });
    if (!hold.ok) expect.fail(hold.code);
    await returnCopy(lib, librarian, { barcode: copies[0]!.barcode });
    await lend(lib, b.cardNumber, copies[0]!.barcode);
    expect((await holdRow(lib.db, hold.value.holdId)).status).toBe("collected");
    expect(await copyStatus(lib.db, copies[0]!.id)).toBe("on_loan");
  });

  test("collects a queued hold when the reader takes another copy from the shelf", async () => {
    const [a, b] = [await addPatron(lib.db), await addPatron(lib.db)];
    const { title, copies } = await shelf(lib.db);
    await lend(lib, a.cardNumber, copies[0]!.barcode);
    const hold = await placeHold(lib, librarian, { patronId: b.id, titleId: title.id });
    if (!hold.ok) expect.fail(hold.code);
    const fresh = await addCopy(lib.db, title.id); // a new copy catalogued after the hold
    await lend(lib, b.cardNumber, fresh.barcode);
    expect(await holdRow(lib.db, hold.value.holdId)).toMatchObject({
      status: "collected",
      copyId: fresh.id,
    });
  });

  test("twenty parallel checkouts of one copy make exactly one loan", async () => {
    const readers = [];
    for (let i = 0; i < 20; i++) readers.push(await addPatron(lib.db));
    const { copies } = await shelf(lib.db);
    const results = await Promise.all(
      readers.map((r) =>
        checkout(lib, librarian, { cardNumber: r.cardNumber, barcode: copies[0]!.barcode }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "not_available")).toHaveLength(19);
    expect(await lib.db.loan.count({ where: { copyId: copies[0]!.id } })).toBe(1);
  });
});
