import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { tempDir } from "../../support/db.ts";

/** Writes CSV text (lines joined by \n) to a temp file and returns its path. */
export function csvFile(lines: string[], name = "data.csv"): string {
  const file = join(tempDir(), name);
  writeFileSync(file, lines.join("\n") + "\n", "utf8");
  return file;
}

/** Writes rows (the first is the header) to the first sheet of a new .xlsx file. */
export async function xlsxFile(rows: unknown[][], name = "data.xlsx"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Sheet1");
  for (const row of rows) sheet.addRow(row);
  const file = join(tempDir(), name);
  await wb.xlsx.writeFile(file);
  return file;
}
