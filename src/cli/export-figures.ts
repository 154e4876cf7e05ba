import { systemActor } from "../core/actor.ts";
import type { IsoDate } from "../core/dates.ts";
import type { Library } from "../core/library.ts";
import { classFigures } from "../core/reports/class-figures.ts";
import type { SheetData } from "./export-workbook.ts";
import type { CliTexts } from "./texts.ts";

/**
 * The week's class borrowing figures (the Friday push, as a table): rank, class, pupils, loans
 * and readers this week, loans and books per pupil this term, the target and whether the class
 * is on track. Undefined for a date that is not one.
 */
export async function figuresSheet(
  lib: Library,
  tx: CliTexts,
  date?: IsoDate,
): Promise<{ sheet: SheetData; monday: IsoDate } | undefined> {
  const figures = await classFigures(lib, systemActor, date === undefined ? {} : { date });
  if (!figures.ok) return undefined;
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
  ]);
  const notes = [tx.figuresWeek(week.from, week.to)];
  return {
    sheet: { name: tx.figuresSheet, headers: tx.figuresHeaders, rows, notes },
    monday: week.from,
  };
}
