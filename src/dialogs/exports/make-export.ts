import type { Actor } from "../../core/actor.ts";
import { schoolClasses } from "../../core/broadcasts/school-classes.ts";
import type { IsoDate } from "../../core/dates.ts";
import { today } from "../../core/library.ts";
import type { Library } from "../../core/library.ts";
import { namedClass } from "../../core/reports/named-class.ts";
import { ok, refuse } from "../../core/result.ts";
import type { Result } from "../../core/result.ts";
import type { Locale } from "../../locale.ts";
import type { ReplyFile } from "../../messages.ts";
import { sheetTexts } from "../texts/sheets.ts";
import { broadcastSheets } from "./broadcast-sheets.ts";
import { figuresSheet } from "./figures-sheet.ts";
import { overdueSheet } from "./overdue-sheet.ts";
import { workbookBytes } from "./workbook.ts";
import type { SheetData } from "./workbook.ts";

/** What can be exported: the overdue list (one class, or every class the actor sees), a week's figures, a broadcast's delivery. */
export type ExportRequest =
  | { kind: "overdue"; className?: string }
  | { kind: "figures"; week?: IsoDate }
  | { kind: "broadcast"; id: number };

export type ExportKind = ExportRequest["kind"];

export type ExportRefusal =
  | "not_allowed"
  | "not_a_class"
  | "no_such_class"
  | "not_your_class"
  | "bad_date"
  | "no_such_broadcast";

/** A workbook's sheets, its dated name without extension (逾期名单-3-2-2026-09-09) and its rows. */
export interface MadeExport {
  sheets: SheetData[];
  name: string;
  rows: number;
}

/** The classes of an overdue export: the one named, all for the librarian, else one's own. */
async function overdueClasses(
  lib: Library,
  actor: Actor,
  className: string | undefined,
): Promise<Result<{ ids: number[]; name?: string }, ExportRefusal>> {
  if (className !== undefined) {
    const named = await namedClass(lib, actor, className);
    return named.ok ? ok({ ids: [named.value.classId], name: named.value.name }) : named;
  }
  if (actor.isLibrarian) {
    const all = await schoolClasses(lib, actor);
    return all.ok ? ok({ ids: all.value.map((c) => c.id) }) : refuse("not_allowed");
  }
  return actor.classIds.length > 0 ? ok({ ids: actor.classIds }) : refuse("not_allowed");
}

/**
 * Builds an export for `actor` with headers in `locale`: the CLI asks as the system, the chat
 * as the account that asked, and the core decides what each may see (a teacher their own
 * classes' overdue list; the delivery report, which names recipients, the librarian only).
 */
export async function makeExport(
  lib: Library,
  actor: Actor,
  locale: Locale,
  r: ExportRequest,
): Promise<Result<MadeExport, ExportRefusal>> {
  const tx = sheetTexts(locale);
  const made = (sheets: SheetData[], ...parts: (string | number)[]) =>
    ok({
      sheets,
      name: [tx.fileName[r.kind], ...parts].join("-"),
      rows: sheets.at(-1)?.rows.length ?? 0,
    });
  if (r.kind === "overdue") {
    const classes = await overdueClasses(lib, actor, r.className);
    if (!classes.ok) return classes;
    const sheet = await overdueSheet(lib, actor, tx, classes.value.ids);
    return made([sheet], ...(classes.value.name ? [classes.value.name] : []), today(lib));
  }
  if (r.kind === "figures") {
    const figures = await figuresSheet(lib, actor, tx, r.week);
    return figures.ok ? made([figures.value.sheet], figures.value.monday) : figures;
  }
  const sheets = await broadcastSheets(lib, actor, tx, r.id);
  if (!sheets.ok) return refuse(sheets.code === "not_librarian" ? "not_allowed" : sheets.code);
  return made(sheets.value, r.id, today(lib));
}

/** The export as a file for a chat reply (.xlsx, base64: replies are stored as JSON). */
export async function exportFile(made: MadeExport): Promise<ReplyFile> {
  const bytes = await workbookBytes(made.sheets);
  return { name: `${made.name}.xlsx`, base64: bytes.toString("base64") };
}
