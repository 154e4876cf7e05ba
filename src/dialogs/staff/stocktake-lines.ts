import type { StockLine, StocktakeReport } from "../../core/stock/stocktake-report.ts";
import type { Scanned } from "../../core/stock/stocktake.ts";
import type { Conversation, Jsonify } from "../types.ts";

/** The answer to one scanned barcode. */
export function scanLine(c: Conversation, barcode: string, s: Jsonify<Scanned>): string {
  const head = s.fresh
    ? c.t("stock_scanned", { title: s.title, barcode, scanned: s.scanned })
    : c.t("stock_scanned_again", { title: s.title, barcode });
  return [
    head,
    s.belongsTo === undefined ? "" : c.t("stock_scan_misplaced", { location: s.belongsTo }),
    s.lentStatus === "on_loan" ? c.t("stock_scan_on_loan") : "",
    s.lentStatus === "in_corner" ? c.t("stock_scan_in_corner") : "",
  ]
    .filter(Boolean)
    .join(c.t("stock_sep"));
}

const book = (c: Conversation, l: StockLine) => c.t("stock_report_book", l);

/** A finished stocktake's report: the counts first, then each list under its heading. */
export function reportLines(c: Conversation, r: Jsonify<StocktakeReport>): string[] {
  const section = (key: Parameters<typeof sectionKey>[0], list: StockLine[]) =>
    list.length === 0
      ? []
      : [c.t(sectionKey(key), { n: list.length }), ...list.map((l) => book(c, l))];
  return [
    c.t("stock_report_header", { location: r.location }),
    c.t("stock_report_counts", {
      expected: r.expected,
      found: r.found,
      missing: r.missing.length,
      onLoan: r.onLoan.length,
      setAside: r.setAside.length,
      misplaced: r.misplaced.length,
    }),
    ...section("missing", r.missing),
    ...r.misplaced.flatMap((l, i) => [
      ...(i === 0 ? [c.t("stock_report_misplaced", { n: r.misplaced.length })] : []),
      c.t("stock_report_misplaced_book", l),
    ]),
    ...section("onLoan", r.onLoan),
    ...section("setAside", r.setAside),
    ...section("scannedOnLoan", r.scannedOnLoan),
  ];
}

function sectionKey(kind: "missing" | "onLoan" | "setAside" | "scannedOnLoan") {
  return (
    {
      missing: "stock_report_missing",
      onLoan: "stock_report_on_loan",
      setAside: "stock_report_set_aside",
      scannedOnLoan: "stock_report_scanned_on_loan",
    } as const
  )[kind];
}
