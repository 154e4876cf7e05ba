import type { TermDates } from "../core/calendar.ts";
import { overdueLevel, rulesFor } from "../core/circulation/rules.ts";
import { addDays, daysBetween } from "../core/dates.ts";
import type { IsoDate } from "../core/dates.ts";
import type { Policy } from "../core/policy.ts";
import type { DemoLoanRow } from "../db/demo-rows.ts";
import type { DemoCopy } from "./copies.ts";
import type { DemoDays } from "./days.ts";
import type { Rng } from "./random.ts";
import type { DemoPerson } from "./school.ts";

interface PastContext {
  rng: Rng;
  days: DemoDays;
  policy: Policy;
  issueDays: IsoDate[];
  due: Map<string, IsoDate>;
}

/** The days returned loans were issued on: the open days of this term before today. */
function issueDaysOf(days: DemoDays, term: TermDates): IsoDate[] {
  const hi = term.endsOn < days.today ? term.endsOn : days.plus(-1);
  const lo = term.startsOn <= hi ? term.startsOn : days.plus(-30);
  return days.openDates(lo, hi);
}

function dueOf(c: PastContext, issued: IsoDate, loanDays: number): IsoDate {
  const key = `${issued}/${loanDays}`;
  let due = c.due.get(key);
  if (due === undefined) {
    due = c.days.calendar.dueDate(issued, loanDays);
    c.due.set(key, due);
  }
  return due;
}

function pastLoan(c: PastContext, p: DemoPerson, copy: DemoCopy): DemoLoanRow {
  const rules = rulesFor(c.policy, p.role);
  const issued = c.rng.pick(c.issueDays);
  const renewals = rules.maxRenewals > 0 && c.rng.chance(0.1) ? 1 : 0;
  const dueOn = dueOf(c, issued, rules.loanDays + renewals * rules.renewDays);
  const kept = daysBetween(issued, dueOn);
  const late = c.rng.chance(0.12);
  const back = late ? kept + c.rng.int(1, 16) : c.rng.int(Math.min(1, kept), kept);
  const lastDay = c.days.plus(-1);
  let returned = addDays(issued, back);
  if (returned > lastDay) returned = lastDay;
  returned = c.days.openOnOrBefore(returned) < issued ? issued : c.days.openOnOrBefore(returned);
  const issuedMin = 8 * 60 + c.rng.int(0, 450);
  const returnedMin =
    returned === issued ? issuedMin + c.rng.int(5, 60) : 8 * 60 + c.rng.int(0, 510);
  return {
    barcode: copy.barcode,
    cardNumber: p.cardNumber,
    issuedAt: c.days.at(issued, issuedMin),
    dueOn,
    renewals,
    returnedAt: c.days.at(returned, returnedMin),
    overdueLevel: overdueLevel(c.policy, dueOn, returned),
  };
}

/**
 * `count` returned loans spread over the open days of this term before today (the reading
 * figures and the benchmark's history): pupils with a card and now and then a teacher, any
 * lendable copy; most come back in time, some late with the level they reached.
 */
export function planPastLoans(opts: {
  count: number;
  rng: Rng;
  days: DemoDays;
  policy: Policy;
  term: TermDates;
  pupils: readonly DemoPerson[];
  teachers: readonly DemoPerson[];
  copies: readonly DemoCopy[];
}): DemoLoanRow[] {
  const pupils = opts.pupils.filter((p) => p.status !== "not_issued");
  if (opts.count <= 0 || pupils.length === 0 || opts.copies.length === 0) return [];
  const c: PastContext = { ...opts, issueDays: issueDaysOf(opts.days, opts.term), due: new Map() };
  const loans: DemoLoanRow[] = [];
  for (let i = 0; i < opts.count; i++) {
    const p =
      opts.teachers.length > 0 && c.rng.chance(0.05)
        ? c.rng.pick(opts.teachers)
        : c.rng.pick(pupils);
    loans.push(pastLoan(c, p, c.rng.pick(opts.copies)));
  }
  return loans.sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime());
}
