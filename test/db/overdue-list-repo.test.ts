import { describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.ts";
import {
  findClassById,
  findOverdueLoansOfClass,
  findOverdueLoansOfPatrons,
} from "../../src/db/overdue-list-repo.ts";
import { freshDb } from "../support/db.ts";
import { addClass, addLoan, addPatron, addTitle } from "../core/reports/fixtures.ts";

const today = "2026-09-09";

async function school(db: Db) {
  const c41 = await addClass(db, 4, 1);
  const c42 = await addClass(db, 4, 2);
  const chen = await addPatron(db, { name: "陈一", classId: c41 });
  const zhou = await addPatron(db, { name: "周一", classId: c42 });
  const t = await addTitle(db, { title: "草房子", copies: Array(5).fill("on_loan") });
  const copy = (i: number) => t.copyIds[i] ?? 0;
  const late = await addLoan(db, { copyId: copy(0), patronId: chen, dueOn: "2026-09-08" });
  const later = await addLoan(db, { copyId: copy(1), patronId: chen, dueOn: "2026-08-20" });
  await addLoan(db, { copyId: copy(2), patronId: chen, dueOn: today });
  await addLoan(db, { copyId: copy(3), patronId: chen, dueOn: "2026-08-01", returned: true });
  await addLoan(db, { copyId: copy(4), patronId: zhou, dueOn: "2026-09-02" });
  const barcode = async (loanId: number) =>
    (await db.loan.findUniqueOrThrow({ where: { id: loanId }, select: { copy: true } })).copy
      .barcode;
  return { c41, c42, chen, zhou, barcodes: [await barcode(later), await barcode(late)] };
}

describe("overdue-list-repo", () => {
  it("lists a class's loans due before today, oldest first, with pupil, copy and title", async () => {
    const { db } = await freshDb();
    const { c41, chen, barcodes } = await school(db);
    const row = { patronId: chen, name: "陈一", title: "草房子" };
    expect(await findOverdueLoansOfClass(db, c41, today)).toEqual([
      { ...row, dueOn: "2026-08-20", barcode: barcodes[0] },
      { ...row, dueOn: "2026-09-08", barcode: barcodes[1] },
    ]);
  });

  it("lists only the given patrons' overdue loans, and none for no patrons", async () => {
    const { db } = await freshDb();
    const { chen, zhou } = await school(db);
    const rows = await findOverdueLoansOfPatrons(db, [zhou], today);
    expect(rows.map((r) => [r.patronId, r.dueOn])).toEqual([[zhou, "2026-09-02"]]);
    expect(await findOverdueLoansOfPatrons(db, [chen, zhou], today)).toHaveLength(3);
    expect(await findOverdueLoansOfPatrons(db, [], today)).toEqual([]);
  });

  it("finds a class by id, and nothing for an unknown one", async () => {
    const { db } = await freshDb();
    const { c42 } = await school(db);
    expect(await findClassById(db, c42)).toEqual({ id: c42, name: "4-2" });
    expect(await findClassById(db, c42 + 100)).toBeNull();
  });
});
