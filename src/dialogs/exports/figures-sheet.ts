import type { Actor } from "../../core/actor.ts";
import type { IsoDate } from "../../core/dates.ts";
import type { Library } from "../../core/library.ts";
import { classFigures } from "../../core/reports/class-figures.ts";
import { ok } from "../../core/result.ts";
import type { Result } from "../../core/result.ts";
import type { SheetTexts } from "../texts/sheets-zh.ts";
import type { SheetData } from "./workbook.ts";

/**
 * The week's class borrowing figures (the Friday push, as a table): rank, class, pupils, loans
 * and readers this week, loans and books per pupil this term, the target and whether the class
 * is on track; then, as in the weekly figures text, the class corner's copies (集体借阅) in the class
 * now and lent this term, counted apart from personal loans, and the library visits (到馆) this
 * week. The core's refusal for a date that is not one or an actor not staff.
 */
export async function figuresSheet(
  lib: Library,
  actor: Actor,
  tx: SheetTexts,
  date?: IsoDate,
): Promise<Result<{ sheet: SheetData; monday: IsoDate }, "not_allowed" | "bad_date">> {
  const figures = await classFigures(lib, actor, date === undefined ? {} : { date });
  if (!figures.ok) return figures;
  const { week, classes } = figures.value;
  const rows = classes.map((c) => [
    c.rank,
    c.className,
    c.pupils,
    c.loansThisWeek,
    c.readersThisWeek,
    c.loansThisTerm,
    c.perPupilThisTerm,
    c.target,
    c.onTrack ? tx.yes : tx.no,
    c.cornerOut,
    c.cornerLentThisTerm,
    c.visitsThisWeek,
  ]);
  const notes = [tx.figuresWeek(week.from, week.to)];
  return ok({
    sheet: { name: tx.figuresSheet, headers: tx.figuresHeaders, rows, notes },
    monday: week.from,
  });
}
