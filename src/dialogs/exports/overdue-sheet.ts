import type { Actor } from "../../core/actor.ts";
import type { Library } from "../../core/library.ts";
import { overdueForClass } from "../../core/reports/overdue.ts";
import type { SheetTexts } from "../texts/sheets-zh.ts";
import type { CellValue, SheetData } from "./workbook.ts";

/**
 * The overdue list for teachers and the principal: one row per overdue book (class, pupil,
 * title, barcode, due date, days late, level), classes in the order given, each class's
 * longest late first. Classes the actor may not see are left out (the core refuses them).
 */
export async function overdueSheet(
  lib: Library,
  actor: Actor,
  tx: SheetTexts,
  classIds: readonly number[],
): Promise<SheetData> {
  const rows: CellValue[][] = [];
  for (const id of classIds) {
    const list = await overdueForClass(lib, actor, id);
    if (!list.ok) continue;
    for (const pupil of list.value.pupils) {
      for (const item of pupil.items) {
        rows.push([
          list.value.className,
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
