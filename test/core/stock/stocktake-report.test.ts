import { describe, expect, it } from "vitest";
import { stocktakeReport } from "../../../src/core/stock/stocktake-report.ts";

const copy = (id: number, location: string, status = "available") => ({
  id,
  barcode: `A${id}`,
  title: `书${id}`,
  location,
  status,
});

describe("stocktakeReport", () => {
  const shelf = [
    copy(1, "一楼"),
    copy(2, "一楼"),
    copy(3, "一楼", "on_loan"),
    copy(4, "一楼", "in_corner"),
    copy(5, "一楼", "on_hold_shelf"),
    copy(6, "一楼", "in_repair"),
    copy(7, "一楼", "lost"),
    copy(8, "一楼", "withdrawn"),
  ];

  it("sorts the copies that belong here into found, missing, on loan and set aside", () => {
    const r = stocktakeReport("一楼", shelf, [copy(1, "一楼")]);
    expect(r.expected).toBe(6);
    expect(r.found).toBe(1);
    expect(r.missing.map((l) => l.barcode)).toEqual(["A2"]);
    expect(r.onLoan.map((l) => l.barcode)).toEqual(["A3", "A4"]);
    expect(r.setAside.map((l) => l.barcode)).toEqual(["A5", "A6"]);
    expect(r.misplaced).toEqual([]);
  });

  it("lists copies scanned here that belong elsewhere as misplaced, and lent copies found as to check in", () => {
    const r = stocktakeReport("一楼", shelf, [copy(9, "二楼"), copy(3, "一楼", "on_loan")]);
    expect(r.misplaced.map((l) => [l.barcode, l.location])).toEqual([["A9", "二楼"]]);
    expect(r.scannedOnLoan.map((l) => l.barcode)).toEqual(["A3"]);
    expect(r.onLoan.map((l) => l.barcode)).toEqual(["A4"]);
    expect(r.found).toBe(1);
  });

  it("counts a lost copy that turns up as found, and never lists it as missing otherwise", () => {
    expect(stocktakeReport("一楼", shelf, [copy(7, "一楼", "lost")])).toMatchObject({
      expected: 7,
      found: 1,
    });
    const none = stocktakeReport("一楼", shelf, []);
    expect(none.missing.map((l) => l.barcode)).toEqual(["A1", "A2"]);
  });
});
