import { describe, expect, test } from "vitest";
import { checkout } from "../../../src/core/circulation/checkout.ts";
import { placeHold } from "../../../src/core/circulation/place-hold.ts";
import { liftSuspensionIfClear } from "../../../src/core/circulation/suspension.ts";
import { backFromRepair, sendToRepair } from "../../../src/core/stock/repair.ts";
import { runTransaction } from "../../../src/db/transact.ts";
import { testLibrary } from "../../support/library.ts";
import {
  addCopy,
  addPatron,
  addTitle,
  copyStatus,
  holdRow,
  librarian,
  member,
  shelf,
} from "../circulation/fixtures.ts";

describe("a copy in repair (待修)", () => {
  test("is refused at the desk with its own reason, and a damaged copy may go to repair", async () => {
    const lib = await testLibrary();
    const reader = await addPatron(lib.db);
    const { copies } = await shelf(lib.db, 1);
    const copy = copies[0]!;
    expect((await sendToRepair(lib, librarian, { barcode: copy.barcode })).ok).toBe(true);
    const lent = await checkout(lib, librarian, {
      cardNumber: reader.cardNumber,
      barcode: copy.barcode,
    });
    expect(lent).toEqual({ ok: false, code: "in_repair" });
    const title = await addTitle(lib.db);
    const damaged = await addCopy(lib.db, title.id, { status: "damaged" });
    expect((await sendToRepair(lib, librarian, { barcode: damaged.barcode })).ok).toBe(true);
  });

  test("is skipped by the hold queue until it is repaired, then serves the first reader", async () => {
    const lib = await testLibrary();
    const { title, copies } = await shelf(lib.db, 1);
    const copy = copies[0]!;
    await sendToRepair(lib, librarian, { barcode: copy.barcode });
    const reader = await addPatron(lib.db);
    const hold = await placeHold(lib, member([reader.id]), {
      patronId: reader.id,
      titleId: title.id,
    });
    if (!hold.ok) expect.fail(hold.code);
    // A suspension lifted serves the reader's holds from the shelf: not from the repair desk.
    await lib.db.patron.update({ where: { id: reader.id }, data: { status: "suspended" } });
    const lifted = await runTransaction(lib.db, (tx) =>
      liftSuspensionIfClear(tx, lib, librarian, reader.id),
    );
    expect(lifted).toEqual({ lifted: true, ready: [] });
    expect(await copyStatus(lib.db, copy.id)).toBe("in_repair");
    const back = await backFromRepair(lib, librarian, { barcode: copy.barcode });
    expect(back).toEqual({
      ok: true,
      value: { title: expect.any(String), holdId: hold.value.holdId },
    });
    expect((await holdRow(lib.db, hold.value.holdId))?.status).toBe("ready");
    expect(await copyStatus(lib.db, copy.id)).toBe("on_hold_shelf");
  });
});
