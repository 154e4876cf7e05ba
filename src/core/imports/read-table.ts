import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import { headerKey } from "./headers.ts";
import { UnreadableFile } from "./raw-grid.ts";
import type { RawRow } from "./raw-grid.ts";
import { readCsv } from "./read-csv.ts";
import { readXlsx } from "./read-xlsx.ts";

/** One data row: its line in the file (header = line 1) and its non-empty cells by key. */
export interface TableRow {
  line: number;
  values: Partial<Record<string, string>>;
}

export interface Table {
  /** The import keys found in the header row, in file order. */
  columns: string[];
  rows: TableRow[];
}

export type TableRefusal = "unreadable" | "missing_column";

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

async function readGrid(file: string): Promise<RawRow[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new UnreadableFile("not_found", `cannot open ${file}`);
  }
  const ext = extname(file).toLowerCase();
  if (ext === ".xlsx" || isZip(bytes)) return readXlsx(bytes);
  if (isOle(bytes) || ext === ".xls") {
    throw new UnreadableFile("not_csv_or_xlsx", "old .xls files: save as .xlsx or CSV UTF-8");
  }
  return readCsv(bytes);
}

function toTable(grid: RawRow[], required: readonly string[]): Result<Table, TableRefusal> {
  const [header, ...data] = grid;
  if (!header) return refuse("unreadable", { reason: "empty", message: "the file has no rows" });
  const keys = header.cells.map((c) => headerKey(c));
  const columns = [...new Set(keys.filter((k): k is string => k !== undefined))];
  const missing = required.filter((k) => !columns.includes(k));
  if (missing.length > 0) return refuse("missing_column", { column: missing.join(",") });
  const rows: TableRow[] = [];
  for (const raw of data) {
    const values: Partial<Record<string, string>> = {};
    raw.cells.forEach((cell, i) => {
      const key = keys[i];
      if (key !== undefined && cell !== "" && values[key] === undefined) values[key] = cell;
    });
    if (Object.keys(values).length > 0) rows.push({ line: raw.line, values });
  }
  return ok({ columns, rows });
}

/**
 * Reads a CSV (UTF-8, byte-order mark tolerated) or .xlsx file (first sheet) into rows keyed
 * by the normalized header (English or Chinese aliases, see headers.ts). A file that cannot be
 * read as a whole, or lacks a `required` column, is refused so the import writes nothing.
 */
export async function readTable(
  file: string,
  required: readonly string[] = [],
): Promise<Result<Table, TableRefusal>> {
  try {
    return toTable(await readGrid(file), required);
  } catch (e) {
    if (!(e instanceof UnreadableFile)) throw e;
    return refuse("unreadable", { reason: e.reason, message: e.message });
  }
}
