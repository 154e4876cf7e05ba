import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { checkout } from "../../../src/core/circulation/checkout.ts";
import { isDeskStaff } from "../../../src/core/circulation/desk-staff.ts";
import { returnCopy } from "../../../src/core/circulation/return-copy.ts";
import { testLibrary } from "../../support/library.ts";
import { addDuty, addPatron, lend, shelf, studentLibrarian } from "./fixtures.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;
let lib: Lib;
beforeEach(async () => {
  lib = await testLibrary(); // Wednesday 2026-09-09 10:00, second week of the autumn term
});
afterEach(() => lib.db.$disconnect());

describe("student librarian at the desk", () => {
  test("checks out and takes back during their own duty shift", async () => {
    const helper = await addPatron(lib.db);
    const reader = await addPatron(lib.db);
    await addDuty(lib.db, helper.id, { weekday: 3, start: "09:30", end: "10:30" });
    const { copies } = await shelf(lib.db);
    const barcode = copies[0]!.barcode;
    const out = await checkout(lib, studentLibrarian(helper.id), {
      cardNumber: reader.cardNumber,
      barcode,
    });
    expect(out.ok).toBe(true);
    expect((await returnCopy(lib, studentLibrarian(helper.id), { barcode })).ok).toBe(true);
  });

  test("is refused outside the shift, on another weekday, and at the shift's end", async () => {
    const helper = await addPatron(lib.db);
    const reader = await addPatron(lib.db);
    await addDuty(lib.db, helper.id, { weekday: 3, start: "12:00", end: "13:00" });
    await addDuty(lib.db, helper.id, { weekday: 4, start: "09:00", end: "11:00" });
    await addDuty(lib.db, helper.id, { weekday: 3, start: "09:00", end: "10:00" });
    const { copies } = await shelf(lib.db);
    const r = await checkout(lib, studentLibrarian(helper.id), {
      cardNumber: reader.cardNumber,
      barcode: copies[0]!.barcode,
    });
    expect(r).toEqual({ ok: false, code: "not_desk_staff" });
  });

  test("is refused a return when off duty", async () => {
    const helper = await addPatron(lib.db);
    const reader = await addPatron(lib.db);
    const { copies } = await shelf(lib.db);
    await lend(lib, reader.cardNumber, copies[0]!.barcode);
    const r = await returnCopy(lib, studentLibrarian(helper.id), { barcode: copies[0]!.barcode });
    expect(r).toEqual({ ok: false, code: "not_desk_staff" });
  });

  test("does not get desk rights from another pupil's shift", async () => {
    const helper = await addPatron(lib.db);
    const other = await addPatron(lib.db);
    await addDuty(lib.db, other.id, { weekday: 3, start: "09:00", end: "11:00" });
    expect(await isDeskStaff(lib, studentLibrarian(helper.id))).toBe(false);
  });

  test("a shift in even weeks counts in the term's second week, one in odd weeks does not", async () => {
    const even = await addPatron(lib.db);
    const odd = await addPatron(lib.db);
    await addDuty(lib.db, even.id, { weekday: 3, start: "09:00", end: "11:00", weeks: "even" });
    await addDuty(lib.db, odd.id, { weekday: 3, start: "09:00", end: "11:00", weeks: "odd" });
    expect(await isDeskStaff(lib, studentLibrarian(even.id))).toBe(true);
    expect(await isDeskStaff(lib, studentLibrarian(odd.id))).toBe(false);
    lib.clock.advanceDays(7);
    expect(await isDeskStaff(lib, studentLibrarian(odd.id))).toBe(true);
  });

  test("follows the school clock, not UTC", async () => {
    const helper = await addPatron(lib.db);
    await addDuty(lib.db, helper.id, { weekday: 3, start: "09:00", end: "11:00" });
    lib.clock.set("2026-09-09T02:30:00Z"); // 10:30 in Shanghai
    expect(await isDeskStaff(lib, studentLibrarian(helper.id))).toBe(true);
    lib.clock.set("2026-09-09T10:30:00Z"); // 18:30 in Shanghai
    expect(await isDeskStaff(lib, studentLibrarian(helper.id))).toBe(false);
  });
});
