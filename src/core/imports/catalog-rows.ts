import { z } from "zod";
import { toIsbn13 } from "../catalog/isbn.ts";
import type { IsoDate } from "../dates.ts";
import { parseGrade, parseGradeRange } from "./grades.ts";
import type { ImportError } from "./import-types.ts";
import type { TableRow } from "./read-table.ts";
import { cell, checkRow, rowError } from "./row-check.ts";
import { parseBool, parseDate, parsePriceCents, parseYear } from "./values.ts";

const text = z.string().optional();

const schema = z.object({
  barcode: z.string(),
  title: z.string(),
  isbn: cell("bad_isbn", (s) => toIsbn13(s) ?? undefined).optional(),
  author: text,
  publisher: text,
  year: cell("bad_number", parseYear).optional(),
  clc: text,
  call_number: text,
  price: cell("bad_number", parsePriceCents).optional(),
  location: text,
  grade_min: cell("bad_grade", parseGrade).optional(),
  grade_max: cell("bad_grade", parseGrade).optional(),
  grade_range: cell("bad_grade", parseGradeRange).optional(),
  reference: cell("bad_value", parseBool).optional(),
  recommended: cell("bad_value", parseBool).optional(),
  added_at: cell("bad_date", parseDate).optional(),
});

/** A valid catalog row: one copy and what it says about its title (absent = not given). */
export interface CatalogRow {
  line: number;
  barcode: string;
  isbn?: string;
  title: string;
  author?: string;
  publisher?: string;
  year?: number;
  clc?: string;
  callNumber?: string;
  priceCents?: number;
  location?: string;
  grades?: [number, number];
  isReference?: boolean;
  /** A librarian's pick: listed first in 新书. */
  recommended?: boolean;
  addedOn?: IsoDate;
}

type Parsed = z.output<typeof schema>;

/** 适读年级 wins over grade_min/grade_max; one bound alone means up from 1 or up to 12. */
function gradesOf(v: Parsed): [number, number] | "bad" | undefined {
  if (v.grade_range) return v.grade_range;
  if (v.grade_min === undefined && v.grade_max === undefined) return undefined;
  const range: [number, number] = [v.grade_min ?? 1, v.grade_max ?? 12];
  return range[0] <= range[1] ? range : "bad";
}

function toRow(line: number, v: Parsed, grades: [number, number] | undefined): CatalogRow {
  const optional = {
    isbn: v.isbn,
    author: v.author,
    publisher: v.publisher,
    year: v.year,
    clc: v.clc,
    callNumber: v.call_number,
    priceCents: v.price,
    location: v.location,
    grades,
    isReference: v.reference,
    recommended: v.recommended,
    addedOn: v.added_at,
  };
  const defined = Object.entries(optional).filter(([, x]) => x !== undefined);
  return { line, barcode: v.barcode, title: v.title, ...Object.fromEntries(defined) };
}

/**
 * Checks every row of a catalog file. Bad rows (bad ISBN checksum, bad number, date or grade
 * range, missing barcode or title, a barcode already seen earlier in the file) become errors;
 * the first row with a barcode wins.
 */
export function checkCatalogRows(rows: readonly TableRow[]): {
  good: CatalogRow[];
  errors: ImportError[];
} {
  const good: CatalogRow[] = [];
  const errors: ImportError[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const checked = checkRow(schema, row);
    if (!checked.ok) {
      errors.push(checked.error);
      continue;
    }
    const grades = gradesOf(checked.value);
    if (grades === "bad") errors.push(rowError(row.line, "bad_grade", "grade_min"));
    else if (seen.has(checked.value.barcode))
      errors.push(rowError(row.line, "duplicate_barcode", "barcode", checked.value.barcode));
    else {
      seen.add(checked.value.barcode);
      good.push(toRow(row.line, checked.value, grades));
    }
  }
  return { good, errors };
}
