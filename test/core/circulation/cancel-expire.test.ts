import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { cancelHold } from "../../../src/core/circulation/cancel-hold.ts";
import { expireHolds } from "../../../src/core/circulation/expire-holds.ts";
import { holdPosition, placeHold } from "../../../src/core/circulation/place-hold.ts";
import { returnCopy } from "../../../src/core/circulation/return-copy.ts";
import { testLibrary } from "../../support/library.ts";
import { addPatron, copyStatus, holdRow, lend, librarian, member, shelf } from "./fixtures.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;
let lib: Lib;
beforeEach(async () => {
  lib = await testLibrary();
});
afterEach(() => lib.db.$disconnect());

/** One copy out on loan and `waiting` readers queued for it, oldest first. */
async function queue(waiting: number) {
  const borrower = await addPatron(lib.db);
  const { title, copies } = await shelf(lib.db);
  const copy = copies[0]!;
  await lend(lib, borrower.cardNumber, copy.barcode);
  const holds = [];
  for (let i = 0; i < waiting; i++) {
    const reader = await addPatron(lib.db);
    const r = await placeHold(lib, librarian, { patronId: reader.id, titleId: title.id });
    if (!r.ok) expect.fail(r.code);
    holds.push({ holdId: r.value.holdId, reader, parent: member([reader.id]) });
  }
  return { title, copy, holds };
}

describe("cancelHold", () => {
  test("cancelling a queued hold moves the readers behind it up", async () => {
    const { holds } = await queue(2);
    expect(await cancelHold(lib, holds[0]!.parent, holds[0]!.holdId)).toEqual({
      ok: true,
      value: {},
    });
    expect((await holdRow(lib.db, holds[0]!.holdId)).status).toBe("cancelled");
    expect(await holdPosition(lib.db, holds[1]!.holdId)).toBe(1);
  });

  test("cancelling a ready hold passes the copy to the next reader", async () => {
    const { copy, holds } = await queue(2);
    await returnCopy(lib, librarian, { barcode: copy.barcode });
    lib.clock.set("2026-09-10T10:00:00+08:00");
    const r = await cancelHold(lib, holds[0]!.parent, holds[0]!.holdId);
    expect(r).toEqual({
      ok: true,
      value: {
        nextHold: {
          holdId: holds[1]!.holdId,
          patronId: holds[1]!.reader.id,
          titleId: expect.any(Number),
          pickupBy: "2026-09-15",
        },
      },
    });
    expect(await holdRow(lib.db, holds[1]!.holdId)).toMatchObject({
      status: "ready",
      copyId: copy.id,
    });
    expect(await copyStatus(lib.db, copy.id)).toBe("on_hold_shelf");
  });

  test("cancelling the last ready hold puts the copy back on the shelf", async () => {
    const { copy, holds } = await queue(1);
    await returnCopy(lib, librarian, { barcode: copy.barcode });
    expect(await cancelHold(lib, holds[0]!.parent, holds[0]!.holdId)).toEqual({
      ok: true,
      value: {},
    });
    expect(await copyStatus(lib.db, copy.id)).toBe("available");
  });

  test("refuses not_yours for another reader's hold and for an unknown id", async () => {
    const { holds } = await queue(2);
    expect(await cancelHold(lib, holds[1]!.parent, holds[0]!.holdId)).toEqual({
      ok: false,
      code: "not_yours",
    });
    expect(await cancelHold(lib, holds[1]!.parent, 999_999)).toEqual({
      ok: false,
      code: "not_yours",
    });
    expect((await holdRow(lib.db, holds[0]!.holdId)).status).toBe("queued");
  });

  test("refuses not_active for a hold already cancelled", async () => {
    const { holds } = await queue(1);
    await cancelHold(lib, holds[0]!.parent, holds[0]!.holdId);
    expect(await cancelHold(lib, holds[0]!.parent, holds[0]!.holdId)).toEqual({
      ok: false,
      code: "not_active",
    });
  });
});

describe("expireHolds", () => {
  test("expires a hold not picked up by its date and serves the next reader", async () => {
    const { copy, holds } = await queue(2);
    await returnCopy(lib, librarian, { barcode: copy.barcode }); // pickup by Monday 09-14
    lib.clock.set("2026-09-14T18:00:00+08:00");
    expect(await expireHolds(lib)).toEqual({ expired: [], ready: [] });
    lib.clock.set("2026-09-15T06:00:00+08:00");
    const r = await expireHolds(lib);
    expect(r.expired.map((h) => h.holdId)).toEqual([holds[0]!.holdId]);
    expect(r.ready).toEqual([
      {
        holdId: holds[1]!.holdId,
        patronId: holds[1]!.reader.id,
        titleId: expect.any(Number),
        pickupBy: "2026-09-18",
      },
    ]);
    expect((await holdRow(lib.db, holds[0]!.holdId)).status).toBe("expired");
    expect(await holdRow(lib.db, holds[1]!.holdId)).toMatchObject({
      status: "ready",
      copyId: copy.id,
    });
  });

  test("returns the copy to the shelf when nobody else waits", async () => {
    const { copy } = await queue(1);
    await returnCopy(lib, librarian, { barcode: copy.barcode });
    lib.clock.set("2026-09-15T06:00:00+08:00");
    expect((await expireHolds(lib)).ready).toEqual([]);
    expect(await copyStatus(lib.db, copy.id)).toBe("available");
  });
});
