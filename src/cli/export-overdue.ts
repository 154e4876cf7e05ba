import { systemActor } from "../core/actor.ts";
import type { Library } from "../core/library.ts";
import { overdueForClass } from "../core/reports/overdue.ts";
import { findAllClasses } from "../db/class-figures-repo.ts";
import type { CellValue, SheetData } from "./export-workbook.ts";
import type { CliTexts } from "./texts.ts";

/**
 * The overdue list for teachers and the principal: one row per overdue book (class, pupil,
 * title, barcode, due date, days late, level), classes in grade order, each class's longest
 * late first. `className` limits it to one class; undefined when that class does not exist.
 */
export async function overdueSheet(
  lib: Library,
  tx: CliTexts,
  className?: string,
): Promise<SheetData | undefined> {
  const all = await findAllClasses(lib.db);
  const classes = className === undefined ? all : all.filter((c) => c.name === className);
  if (classes.length === 0 && className !== undefined) return undefined;
  const rows: CellValue[][] = [];
  for (const c of classes) {
    const list = await overdueForClass(lib, systemActor, c.id);
    if (!list.ok) continue;
    for (const pupil of list.value.pupils) {
      for (const item of pupil.items) {
        rows.push([
          c.name,
          pupil.name,
          item.title,
          item.barcode,
          item.dueOn,
          item.daysLate,
          item.level,
        ]);
      }
    }
  }
  return { name: tx.overdueSheet, headers: tx.overdueHeaders, rows };
}
