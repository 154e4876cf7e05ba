/** A copy in a stocktake report: its barcode, title and what circulation says of it. */
export interface StockLine {
  barcode: string;
  title: string;
  /** Where the copy belongs (Copy.location). */
  location: string;
  status: string;
}

/** What a finished stocktake found at its location. */
export interface StocktakeReport {
  location: string;
  /** Copies that belong here and the library still holds (not lost or withdrawn). */
  expected: number;
  /** Expected copies that were scanned. */
  found: number;
  /** Expected here, not scanned, and not away by the records: on the shelf by the records. */
  missing: StockLine[];
  /** Scanned here, but they belong to another location. */
  misplaced: StockLine[];
  /** Expected here, not scanned, lent to a reader or to a class corner. */
  onLoan: StockLine[];
  /** Expected here, not scanned, set aside in the library: on the hold shelf or in repair. */
  setAside: StockLine[];
  /** Scanned here although the records say it is lent (a return not yet recorded). */
  scannedOnLoan: StockLine[];
}

const gone = new Set(["lost", "withdrawn"]);
const lent = new Set(["on_loan", "in_corner"]);
const aside = new Set(["on_hold_shelf", "in_repair"]);

type CopyRow = StockLine & { id: number };

const line = (c: CopyRow): StockLine => ({
  barcode: c.barcode,
  title: c.title,
  location: c.location,
  status: c.status,
});

/**
 * The stocktake rule (学期末全面清理藏书): of the copies that belong at `location` and are still
 * held, those scanned are found; the rest are on loan (lent to a reader or a class corner), set
 * aside (hold shelf, repair) or missing. Copies scanned that belong elsewhere are misplaced;
 * copies scanned that the records call lent are listed too, so the desk can take them back.
 * A lost or withdrawn copy that turns up counts as found. Pure: no database, no clock.
 */
export function stocktakeReport(
  location: string,
  atLocation: CopyRow[],
  scanned: CopyRow[],
): StocktakeReport {
  const seen = new Set(scanned.map((c) => c.id));
  const report: StocktakeReport = {
    location,
    expected: 0,
    found: 0,
    missing: [],
    misplaced: [],
    onLoan: [],
    setAside: [],
    scannedOnLoan: [],
  };
  for (const c of atLocation) {
    if (seen.has(c.id)) {
      report.expected += 1;
      report.found += 1;
      continue;
    }
    if (gone.has(c.status)) continue;
    report.expected += 1;
    if (lent.has(c.status)) report.onLoan.push(line(c));
    else if (aside.has(c.status)) report.setAside.push(line(c));
    else report.missing.push(line(c));
  }
  for (const c of scanned) {
    if (c.location !== location) report.misplaced.push(line(c));
    if (lent.has(c.status)) report.scannedOnLoan.push(line(c));
  }
  return report;
}

/** The counts of a report, as a finished stocktake keeps them. */
export function reportCounts(r: StocktakeReport) {
  return {
    expected: r.expected,
    found: r.found,
    missing: r.missing.length,
    misplaced: r.misplaced.length,
    onLoan: r.onLoan.length,
    setAside: r.setAside.length,
    scannedOnLoan: r.scannedOnLoan.length,
  };
}
