import { describe, expect, it } from "vitest";
import type { Actor } from "../../../src/core/actor.ts";
import { scanForStocktake, startStocktake } from "../../../src/core/stock/stocktake.ts";
import { addCopy, addTitle } from "../../dialogs/reader/fixtures.ts";
import { testLibrary } from "../../support/library.ts";

const librarian = (memberId: number): Actor => ({
  kind: "member",
  memberId,
  patronIds: [],
  classIds: [],
  isLibrarian: true,
  isStudentLibrarian: false,
});

describe("stocktake writes at the same moment", () => {
  it("opens one stocktake when two librarians start the same location at once", async () => {
    const lib = await testLibrary();
    const t = await addTitle(lib.db, "西游记");
    await addCopy(lib.db, t.id, { location: "一楼" });
    const [a, b] = await Promise.all([
      startStocktake(lib, librarian(1), { location: "一楼" }),
      startStocktake(lib, librarian(2), { location: "一楼" }),
    ]);
    if (!a?.ok || !b?.ok) throw new Error("refused");
    expect(a.value.stocktakeId).toBe(b.value.stocktakeId);
    expect([a.value.resumed, b.value.resumed].sort()).toEqual([false, true]);
    expect(await lib.db.stocktake.count()).toBe(1);
  });

  it("counts a copy once when two desks scan it at once", async () => {
    const lib = await testLibrary();
    const t = await addTitle(lib.db, "西游记");
    const copy = await addCopy(lib.db, t.id, { location: "一楼" });
    const { barcode } = await lib.db.copy.findUniqueOrThrow({ where: { id: copy.id } });
    const open = await startStocktake(lib, librarian(1), { location: "一楼" });
    if (!open.ok) throw new Error(open.code);
    const input = { stocktakeId: open.value.stocktakeId, barcode };
    const scans = await Promise.all([
      scanForStocktake(lib, librarian(1), input),
      scanForStocktake(lib, librarian(2), input),
    ]);
    expect(scans.map((s) => s.ok && s.value.fresh).sort()).toEqual([false, true]);
    expect(await lib.db.stocktakeScan.count()).toBe(1);
  });
});
