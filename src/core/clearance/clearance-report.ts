import type { Actor } from "../actor.ts";
import type { IsoDate } from "../dates.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import { clearanceWindow, owedCents, owingLeavers } from "./leavers.ts";
import type { LeaverDebt } from "./leavers.ts";

/** One class's line of the school-wide clearance report. */
export interface ClassClearanceCount {
  className: string;
  pupils: number;
  books: number;
  cents: number;
}

/** The school-wide clearance report (离校清还): who of the leavers still owes what. */
export interface ClearanceReport {
  date: IsoDate;
  grades: number[];
  /** The school year's last term, when today is in it: its name and the day to return by. */
  term: { name: string; returnBy: IsoDate } | null;
  /** Graduating classes with pupils who still owe, by class name. */
  classes: ClassClearanceCount[];
  /** Pupils marked 离校 who still owe, with what. */
  left: LeaverDebt[];
  /** Every leaver who owes (graduating or left): pupils, books and money. */
  totals: { pupils: number; books: number; cents: number };
}

function countByClass(pupils: readonly LeaverDebt[]): ClassClearanceCount[] {
  const byClass = new Map<string, ClassClearanceCount>();
  for (const p of pupils) {
    const name = p.className ?? "";
    const k = byClass.get(name) ?? { className: name, pupils: 0, books: 0, cents: 0 };
    byClass.set(name, {
      className: name,
      pupils: k.pupils + 1,
      books: k.books + p.loans.length,
      cents: k.cents + owedCents(p),
    });
  }
  return [...byClass.values()].sort((a, b) => a.className.localeCompare(b.className));
}

/**
 * The librarian's school-wide clearance report: pupils of the graduating grades
 * (`graduatingGrades`) and pupils marked 离校 who still hold a book or owe a charge, counted by
 * class, the 离校 ones named. Librarian only (private chat or the system); refusal
 * `not_librarian`.
 */
export async function clearanceReport(
  lib: Library,
  actor: Actor,
): Promise<Result<ClearanceReport, "not_librarian">> {
  if (!actor.isLibrarian || actor.kind === "group") return refuse("not_librarian");
  const grades = [...lib.policy.graduatingGrades];
  const owing = await owingLeavers(lib.db, { grades, left: true });
  const left = owing.filter((p) => p.left);
  const graduating = owing.filter((p) => !p.left);
  const date = today(lib);
  const window = clearanceWindow(lib, date);
  return ok({
    date,
    grades,
    term: window ? { name: window.term.name, returnBy: window.returnBy } : null,
    classes: countByClass(graduating),
    left,
    totals: {
      pupils: owing.length,
      books: owing.reduce((n, p) => n + p.loans.length, 0),
      cents: owing.reduce((n, p) => n + owedCents(p), 0),
    },
  });
}
