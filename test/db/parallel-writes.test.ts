import { afterEach, beforeEach, expect, test } from "vitest";
import { checkout } from "../../src/core/circulation/checkout.ts";
import { placeHold } from "../../src/core/circulation/place-hold.ts";
import { returnCopy } from "../../src/core/circulation/return-copy.ts";
import { testLibrary } from "../support/library.ts";
import { addPatron, lend, librarian, member, shelf } from "../core/circulation/fixtures.ts";

// Transactions started at once from one client: on PostgreSQL they run side by side on the
// pool's connections at READ COMMITTED, so only row locks and conditional updates keep them
// right; on SQLite they take turns. The outcome must be the same on both.

type Lib = Awaited<ReturnType<typeof testLibrary>>;
let lib: Lib;
beforeEach(async () => {
  lib = await testLibrary();
});
afterEach(() => lib.db.$disconnect());

test("20 parallel checkouts of one copy make one loan", async () => {
  const { copies } = await shelf(lib.db);
  const readers = await Promise.all(Array.from({ length: 20 }, () => addPatron(lib.db)));
  const results = await Promise.all(
    readers.map((r) =>
      checkout(lib, librarian, { cardNumber: r.cardNumber, barcode: copies[0]!.barcode }),
    ),
  );
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(await lib.db.loan.count()).toBe(1);
});

test("parallel checkouts for one reader never pass the loan limit", async () => {
  const reader = await addPatron(lib.db);
  const titles = await Promise.all(Array.from({ length: 8 }, () => shelf(lib.db)));
  const results = await Promise.all(
    titles.map((t) =>
      checkout(lib, librarian, { cardNumber: reader.cardNumber, barcode: t.copies[0]!.barcode }),
    ),
  );
  const max = lib.policy.student.maxLoans;
  expect(results.filter((r) => r.ok)).toHaveLength(Math.min(max, titles.length));
  expect(await lib.db.loan.count()).toBe(Math.min(max, titles.length));
});

test("one reader reserving a title in ten taps at once gets one hold", async () => {
  const [holder, reader] = [await addPatron(lib.db), await addPatron(lib.db)];
  const { title, copies } = await shelf(lib.db);
  await lend(lib, holder.cardNumber, copies[0]!.barcode);
  const who = member([reader.id]);
  const taps = Array.from({ length: 10 }, () =>
    placeHold(lib, who, { patronId: reader.id, titleId: title.id }),
  );
  const results = await Promise.all(taps);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.filter((r) => !r.ok && r.code === "already_held")).toHaveLength(9);
  expect(await lib.db.hold.count({ where: { patronId: reader.id } })).toBe(1);
});

test("copies of one title returned at once go to different readers in the queue", async () => {
  const borrowers = [await addPatron(lib.db), await addPatron(lib.db), await addPatron(lib.db)];
  const { title, copies } = await shelf(lib.db, 3);
  for (let i = 0; i < 3; i++) await lend(lib, borrowers[i]!.cardNumber, copies[i]!.barcode);
  const waiting = [await addPatron(lib.db), await addPatron(lib.db), await addPatron(lib.db)];
  for (const w of waiting) {
    const r = await placeHold(lib, member([w.id]), { patronId: w.id, titleId: title.id });
    expect(r.ok).toBe(true);
  }
  const returns = copies.map((c) => returnCopy(lib, librarian, { barcode: c.barcode }));
  expect((await Promise.all(returns)).every((r) => r.ok)).toBe(true);
  const ready = await lib.db.hold.findMany({
    where: { status: "ready" },
    select: { copyId: true },
  });
  expect(new Set(ready.map((h) => h.copyId)).size).toBe(3);
  const onHoldShelf = await lib.db.copy.count({ where: { status: "on_hold_shelf" } });
  expect(onHoldShelf).toBe(3);
});
