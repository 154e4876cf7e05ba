import { findClassesWithGrade } from "../../db/notice-recipient-repo.ts";
import {
  countReturnsByPupil,
  findActsOfMembers,
  findDutyShifts,
  findPatronNames,
  findSelfAccounts,
} from "../../db/recognition-repo.ts";
import type { Actor } from "../actor.ts";
import { addDays, clockIn, dateIn, instantOf } from "../dates.ts";
import type { Library } from "../library.ts";
import { schoolWeekNumber } from "../reports/week-number.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import { keptShifts, readersOfMonth, sunshineHelpers } from "./monthly-rules.ts";
import type { ClassReaders } from "./monthly-rules.ts";

/** Desk work that shows a 小管 kept a duty shift. */
const deskActions = [
  "loan.checkout",
  "loan.return",
  "corner.lend",
  "corner.return",
  "stocktake.scan",
  "copy.repair",
  "copy.repaired",
] as const;

export interface MonthRecognition {
  /** "YYYY-MM". */
  month: string;
  minBooks: number;
  classes: (ClassReaders & { className: string })[];
  /** False when no duty shift is in the rota: nobody can be 阳光管理员. */
  dutyRecorded: boolean;
  /** 阳光管理员 (ties share it): the 小管 and the shifts they kept. */
  helpers: { patronId: number; name: string; shifts: number }[];
}

/** The month before the one `date` falls in, "YYYY-MM". */
export function previousMonth(date: string): string {
  return addDays(`${date.slice(0, 8)}01`, -1).slice(0, 7);
}

function monthSpan(lib: Library, month: string): { from: Date; to: Date } {
  const next = addDays(`${month}-28`, 7).slice(0, 7);
  return {
    from: instantOf(lib.timezone, `${month}-01`),
    to: instantOf(lib.timezone, `${next}-01`),
  };
}

async function helpersOf(lib: Library, from: Date, to: Date) {
  const shifts = await findDutyShifts(lib.db);
  const accounts = await findSelfAccounts(lib.db, [...new Set(shifts.map((s) => s.patronId))]);
  const rows = await findActsOfMembers(lib.db, [...accounts.keys()], deskActions, from, to);
  const acts = rows.flatMap((r) => {
    const patronId = r.memberId === null ? undefined : accounts.get(r.memberId);
    if (patronId === undefined) return [];
    return [{ patronId, date: dateIn(lib.timezone, r.at), clock: clockIn(lib.timezone, r.at) }];
  });
  const parity = (d: string) =>
    schoolWeekNumber(lib.calendar.terms, d) % 2 === 1 ? ("odd" as const) : ("even" as const);
  const kept = keptShifts(shifts, acts, parity);
  const ids = sunshineHelpers(kept);
  const names = new Map((await findPatronNames(lib.db, ids)).map((p) => [p.id, p.name]));
  const helpers = ids.map((id) => ({
    patronId: id,
    name: names.get(id) ?? "",
    shifts: kept.get(id) ?? 0,
  }));
  return { dutyRecorded: shifts.length > 0, helpers };
}

/**
 * The month's recognition (评比小小读书迷、阳光管理员): per class the pupils who returned the most
 * books, at least policy.readerOfMonthMinBooks (readersOfMonth), and the 小管 who kept the most
 * duty shifts (keptShifts: desk work audited inside their rota shifts). Librarian (or the
 * system) only: it names pupils; who may hear the names is the caller's business.
 */
export async function monthRecognition(
  lib: Library,
  actor: Actor,
  month: string,
): Promise<Result<MonthRecognition, "not_librarian" | "bad_month">> {
  if (!actor.isLibrarian) return refuse("not_librarian");
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return refuse("bad_month");
  const { from, to } = monthSpan(lib, month);
  const minBooks = lib.policy.readerOfMonthMinBooks;
  const names = new Map((await findClassesWithGrade(lib.db)).map((c) => [c.id, c.name]));
  const classes = readersOfMonth(await countReturnsByPupil(lib.db, from, to), minBooks).map(
    (c) => ({ ...c, className: names.get(c.classId) ?? "" }),
  );
  return ok({ month, minBooks, classes, ...(await helpersOf(lib, from, to)) });
}
