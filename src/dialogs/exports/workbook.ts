import type { Workbook } from "exceljs";
import { displayWidth } from "../../text-width.ts";

export type CellValue = string | number | null;

/** One worksheet: a bold, frozen header row, then the rows; `notes` go below the table. */
export interface SheetData {
  name: string;
  headers: readonly string[];
  rows: CellValue[][];
  notes?: string[];
}

function addSheet(wb: Workbook, sheet: SheetData) {
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow([...sheet.headers]).font = { bold: true };
  for (const row of sheet.rows) ws.addRow(row);
  if (sheet.rows.length > 0) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.headers.length } };
  }
  if (sheet.notes?.length) ws.addRow([]);
  for (const note of sheet.notes ?? []) ws.addRow([note]);
  sheet.headers.forEach((header, i) => {
    const cells = [header, ...sheet.rows.map((r) => String(r[i] ?? ""))];
    ws.getColumn(i + 1).width = Math.min(60, Math.max(...cells.map(displayWidth)) + 2);
  });
}

/**
 * The sheets as the bytes of an .xlsx workbook (exceljs, loaded on the first export: it costs
 * a start-up ~0.25 s of CPU and ~28 MiB that most runs never use).
 */
export async function workbookBytes(sheets: readonly SheetData[]): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = "书香 Shuxiang";
  for (const sheet of sheets) addSheet(wb, sheet);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
