import type { Buffer as XlsxBuffer } from "exceljs";
import { UnreadableFile } from "./raw-grid.ts";
import type { RawRow } from "./raw-grid.ts";

/** The text of a cell as the librarian sees it; dates become YYYY-MM-DD. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if (typeof v !== "object") return String(v).trim();
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) {
    return (o.richText as { text?: string }[])
      .map((t) => t.text ?? "")
      .join("")
      .trim();
  }
  if ("result" in o) return cellText(o.result);
  if (typeof o.text === "string") return o.text.trim();
  return "";
}

/**
 * Reads the first worksheet of an .xlsx file; row numbers are the spreadsheet's own. exceljs is
 * loaded on the first import, not at every start.
 */
export async function readXlsx(bytes: Uint8Array): Promise<RawRow[]> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as XlsxBuffer);
  } catch (e) {
    throw new UnreadableFile("corrupt_xlsx", (e as Error).message);
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new UnreadableFile("empty");
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values = row.values as unknown[];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
    rows.push({ line, cells });
  });
  return rows;
}
