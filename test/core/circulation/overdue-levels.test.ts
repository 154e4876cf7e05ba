import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { overdueLevel } from "../../../src/core/circulation/rules.ts";
import { applyOverdueLevels } from "../../../src/core/circulation/overdue-levels.ts";
import { returnCopy } from "../../../src/core/circulation/return-copy.ts";
import { defaultPolicy } from "../../../src/core/policy.ts";
import { testLibrary } from "../../support/library.ts";
import { addPatron, lend, librarian, shelf } from "./fixtures.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;
let lib: Lib;
beforeEach(async () => {
  lib = await testLibrary();
});
afterEach(() => lib.db.$disconnect());

const at = (date: string) => lib.clock.set(`${date}T17:30:00+08:00`);
const patronStatus = async (id: number) =>
  (await lib.db.patron.findUniqueOrThrow({ where: { id } })).status;

test("the overdue level starts at 1, 7 and 14 days late", () => {
  const level = (on: string) => overdueLevel(defaultPolicy, "2026-09-16", on);
  expect(
    ["2026-09-16", "2026-09-17", "2026-09-22", "2026-09-23", "2026-09-29", "2026-09-30"].map(level),
  ).toEqual([0, 1, 1, 2, 2, 3]);
});

describe("applyOverdueLevels", () => {
  test("reports each rise of a loan's level once", async () => {
    const reader = await addPatron(lib.db);
    const { copies } = await shelf(lib.db);
    const loan = await lend(lib, reader.cardNumber, copies[0]!.barcode); // due 09-16
    at("2026-09-16");
    expect(await applyOverdueLevels(lib)).toEqual({ changes: [], suspended: [] });
    at("2026-09-17");
    const first = await applyOverdueLevels(lib);
    expect(first.changes).toEqual([{ loanId: loan.loanId, patronId: reader.id, level: 1 }]);
    expect((await applyOverdueLevels(lib)).changes).toEqual([]);
    at("2026-09-23");
    expect((await applyOverdueLevels(lib)).changes).toEqual([
      { loanId: loan.loanId, patronId: reader.id, level: 2 },
    ]);
    const row = await lib.db.loan.findUniqueOrThrow({ where: { id: loan.loanId } });
    expect(row.overdueLevel).toBe(2);
  });

  test("suspends a reader at level 3, and the return of the book lifts it", async () => {
    const late = await addPatron(lib.db);
    const onTime = await addPatron(lib.db);
    const { copies } = await shelf(lib.db, 2);
    await lend(lib, late.cardNumber, copies[0]!.barcode); // due 09-16
    lib.clock.set("2026-09-23T10:00:00+08:00");
    await lend(lib, onTime.cardNumber, copies[1]!.barcode); // due 09-30
    at("2026-09-30");
    const r = await applyOverdueLevels(lib);
    expect(r.suspended).toEqual([late.id]);
    expect(r.changes.map((c) => [c.patronId, c.level])).toEqual([[late.id, 3]]);
    expect(await patronStatus(late.id)).toBe("suspended");
    expect(await patronStatus(onTime.id)).toBe("active");
    expect((await applyOverdueLevels(lib)).suspended).toEqual([]);

    const back = await returnCopy(lib, librarian, { barcode: copies[0]!.barcode });
    expect(back.ok && back.value.suspensionLifted).toBe(true);
    expect(await patronStatus(late.id)).toBe("active");
  });

  test("handles many readers in one run", async () => {
    const { copies } = await shelf(lib.db, 60);
    for (const copy of copies) {
      const reader = await addPatron(lib.db);
      await lend(lib, reader.cardNumber, copy.barcode);
    }
    at("2026-10-01");
    const r = await applyOverdueLevels(lib);
    expect(r.changes).toHaveLength(60);
    expect(r.suspended).toHaveLength(60);
    expect(await lib.db.loan.count({ where: { overdueLevel: 3 } })).toBe(60);
  });
});
