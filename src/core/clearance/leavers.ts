import { findOwingPupils } from "../../db/clearance-repo.ts";
import type { OwingPupilRow, PupilFilter } from "../../db/clearance-repo.ts";
import type { Db, Tx } from "../../db/client.ts";
import type { TermDates } from "../calendar.ts";
import { addDays } from "../dates.ts";
import type { IsoDate } from "../dates.ts";
import type { Library } from "../library.ts";

/** What a leaving pupil must bring back or pay before leaving school (离校清还). */
export interface LeaverDebt {
  patronId: number;
  name: string;
  classId: number | null;
  className: string | null;
  /** The card is closed: the roster marked the pupil 离校. */
  left: boolean;
  loans: { title: string; barcode: string; dueOn: IsoDate }[];
  charges: { title: string; barcode: string; kind: "lost" | "damaged"; amountCents: number }[];
}

/** The money a leaver still owes, in cents. */
export const owedCents = (d: LeaverDebt): number =>
  d.charges.reduce((n, c) => n + c.amountCents, 0);

function toDebt(r: OwingPupilRow): LeaverDebt {
  return {
    patronId: r.id,
    name: r.name,
    classId: r.classId,
    className: r.class?.name ?? null,
    left: r.status === "left",
    loans: r.loans.map((l) => ({
      title: l.copy.title.title,
      barcode: l.copy.barcode,
      dueOn: l.dueOn,
    })),
    charges: r.charges.map((c) => ({
      title: c.copy.title.title,
      barcode: c.copy.barcode,
      kind: c.kind === "lost" ? "lost" : "damaged",
      amountCents: c.amountCents,
    })),
  };
}

/** Pupils of the filter who still hold a book or owe a charge (nobody who owes nothing). */
export async function owingLeavers(db: Db | Tx, filter: PupilFilter): Promise<LeaverDebt[]> {
  return (await findOwingPupils(db, filter)).map(toDebt);
}

/** When the graduating grades' clearance runs: the last term of a school year and its dates. */
export interface ClearanceWindow {
  term: TermDates;
  /** Families are told on this day. */
  startsOn: IsoDate;
  /** The term's last open day: everything back by then. */
  returnBy: IsoDate;
}

/** A school year ends in the summer: its last term is the one that ends in June, July or August. */
const endsSchoolYear = (t: TermDates) => ["06", "07", "08"].includes(t.endsOn.slice(5, 7));

/**
 * The clearance of the graduating grades that `date` falls in or before: the school year's last
 * term (ending in the summer) holding `date`, with the day families are told
 * (`clearanceDaysBeforeTermEnd` before its end) and the last open day to return by. Undefined
 * when `date` is in no such term.
 */
export function clearanceWindow(lib: Library, date: IsoDate): ClearanceWindow | undefined {
  const term = lib.calendar.termOf(date);
  if (!term || !endsSchoolYear(term)) return undefined;
  const returnBy = lib.calendar.openOnOrBefore(term.endsOn);
  const startsOn = addDays(term.endsOn, -lib.policy.clearanceDaysBeforeTermEnd);
  return { term, startsOn, returnBy };
}
