import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { holdPosition, placeHold } from "../../../src/core/circulation/place-hold.ts";
import { testLibrary } from "../../support/library.ts";
import { addCopy, addPatron, addTitle, lend, librarian, member, shelf } from "./fixtures.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;
let lib: Lib;
beforeEach(async () => {
  lib = await testLibrary();
});
afterEach(() => lib.db.$disconnect());

/** A title whose only copy is out on loan to someone else. */
async function allOut() {
  const borrower = await addPatron(lib.db);
  const { title, copies } = await shelf(lib.db);
  await lend(lib, borrower.cardNumber, copies[0]!.barcode);
  return { title, borrower, copy: copies[0]! };
}

describe("placeHold", () => {
  test("queues a parent's hold for their child with its position", async () => {
    const { title } = await allOut();
    const child = await addPatron(lib.db);
    const r = await placeHold(lib, member([child.id]), { patronId: child.id, titleId: title.id });
    if (!r.ok) expect.fail(r.code);
    expect(r.value.position).toBe(1);
    expect(await holdPosition(lib.db, r.value.holdId)).toBe(1);
    const audit = await lib.db.auditLog.findFirst({ where: { action: "hold.place" } });
    expect(audit?.subject).toBe(`hold:${r.value.holdId}`);
  });

  test("twenty parallel holds by twenty readers get positions 1 to 20", async () => {
    const { title } = await allOut();
    const readers = [];
    for (let i = 0; i < 20; i++) readers.push(await addPatron(lib.db));
    const results = await Promise.all(
      readers.map((p) => placeHold(lib, member([p.id]), { patronId: p.id, titleId: title.id })),
    );
    const positions = results.map((r) => (r.ok ? r.value.position : 0));
    expect([...positions].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    for (const r of results) {
      if (r.ok) expect(await holdPosition(lib.db, r.value.holdId)).toBe(r.value.position);
    }
  });

  test("refuses not_yours to a guardian for a child not bound to them, even with real ids", async () => {
    const { title } = await allOut();
    const own = await addPatron(lib.db);
    const other = await addPatron(lib.db);
    const guardian = member([own.id]);
    for (const patronId of [other.id, 999_999]) {
      const r = await placeHold(lib, guardian, { patronId, titleId: title.id });
      expect(r).toEqual({ ok: false, code: "not_yours" });
    }
    expect(await lib.db.hold.count()).toBe(0);
  });

  test("refuses unknown_title", async () => {
    const reader = await addPatron(lib.db);
    const r = await placeHold(lib, librarian, { patronId: reader.id, titleId: 999_999 });
    expect(r).toEqual({ ok: false, code: "unknown_title" });
  });

  test.each([
    ["not_issued", "card_not_issued"],
    ["suspended", "suspended"],
    ["left", "card_left"],
  ])("refuses a card with status %s as %s", async (status, code) => {
    const { title } = await allOut();
    const reader = await addPatron(lib.db, { status });
    const r = await placeHold(lib, librarian, { patronId: reader.id, titleId: title.id });
    expect(r).toEqual({ ok: false, code });
  });

  test("refuses reference_only for a reference book", async () => {
    const dict = await addTitle(lib.db, { title: "新华字典", isReference: true });
    await addCopy(lib.db, dict.id, { status: "on_loan" });
    const reader = await addPatron(lib.db);
    const r = await placeHold(lib, librarian, { patronId: reader.id, titleId: dict.id });
    expect(r).toEqual({ ok: false, code: "reference_only" });
  });

  test("refuses on_shelf while a copy is available to borrow", async () => {
    const { title } = await allOut();
    await addCopy(lib.db, title.id);
    const reader = await addPatron(lib.db);
    const r = await placeHold(lib, librarian, { patronId: reader.id, titleId: title.id });
    expect(r).toEqual({ ok: false, code: "on_shelf" });
  });

  test("refuses no_copies when every copy is lost or withdrawn, so no hold could be filled", async () => {
    const title = await addTitle(lib.db);
    await addCopy(lib.db, title.id, { status: "lost" });
    await addCopy(lib.db, title.id, { status: "withdrawn" });
    const reader = await addPatron(lib.db);
    const r = await placeHold(lib, librarian, { patronId: reader.id, titleId: title.id });
    expect(r).toEqual({ ok: false, code: "no_copies" });
    expect(await lib.db.hold.count()).toBe(0);
  });

  test("refuses already_on_loan to the reader who has the title", async () => {
    const { title, borrower } = await allOut();
    const r = await placeHold(lib, librarian, { patronId: borrower.id, titleId: title.id });
    expect(r).toEqual({ ok: false, code: "already_on_loan" });
  });

  test("refuses already_held for a second hold on the same title", async () => {
    const { title } = await allOut();
    const reader = await addPatron(lib.db);
    await placeHold(lib, librarian, { patronId: reader.id, titleId: title.id });
    const r = await placeHold(lib, librarian, { patronId: reader.id, titleId: title.id });
    expect(r).toEqual({ ok: false, code: "already_held" });
  });

  test("refuses too_many_holds beyond the student's two", async () => {
    const borrower = await addPatron(lib.db, { role: "teacher" });
    const reader = await addPatron(lib.db);
    const titles = [];
    for (const name of ["水浒传", "三国演义", "红楼梦"]) {
      const t = await addTitle(lib.db, { title: name });
      await lend(lib, borrower.cardNumber, (await addCopy(lib.db, t.id)).barcode);
      titles.push(t);
    }
    for (const t of titles.slice(0, 2)) {
      expect((await placeHold(lib, librarian, { patronId: reader.id, titleId: t.id })).ok).toBe(
        true,
      );
    }
    const r = await placeHold(lib, librarian, { patronId: reader.id, titleId: titles[2]!.id });
    expect(r).toEqual({ ok: false, code: "too_many_holds" });
  });
});
