import type { TermDates } from "../core/calendar.ts";
import { today } from "../core/library.ts";
import type { Library } from "../core/library.ts";
import type { DemoData } from "../db/demo-rows.ts";
import { planActivities } from "./activities.ts";
import { pickCast, scriptCast } from "./cast.ts";
import type { Cast } from "./cast.ts";
import { planCopies } from "./copies.ts";
import { DemoDays } from "./days.ts";
import { planHolds } from "./holds.ts";
import { Ledger } from "./ledger.ts";
import { planMembers } from "./members.ts";
import { planOpenLoans } from "./open-loans.ts";
import { planPastLoans } from "./past-loans.ts";
import { streamFor } from "./random.ts";
import { planRota } from "./rota.ts";
import { planSchool } from "./school.ts";
import { usualTermOf } from "./term.ts";
import { planTitles } from "./titles.ts";

export interface DemoPlanOptions {
  students: number;
  titles: number;
  pastLoans: number;
  seed: number;
}

export interface DemoPlan {
  data: DemoData;
  cast: Cast;
  term: TermDates;
  openLoans: number;
}

/**
 * Plans the whole demo school in memory, without touching the database: a pure function of the
 * options, the policy, the calendar, the time zone and the library's clock. Each part draws
 * from its own seeded stream (see random.ts).
 */
export function planDemoSchool(lib: Library, o: DemoPlanOptions): DemoPlan {
  const at = lib.now();
  const days = new DemoDays(today(lib), at, lib.calendar, lib.timezone);
  const known = lib.calendar.termOf(days.today);
  const term = known ?? usualTermOf(days.today);
  const school = planSchool({ seed: o.seed, students: o.students, term, at });
  const titles = planTitles({ seed: o.seed, count: o.titles, today: days.today, newDays: lib.policy.newTitleDays, at });
  const copies = planCopies(o.seed, titles, at);
  const lendable = copies.filter((c) => !c.title.isReference);
  const cast = pickCast(school);
  const ledger = new Ledger(lib.policy, days, lendable);
  const rng = streamFor(o.seed, "circulation");
  scriptCast(ledger, rng, cast, lendable);
  planOpenLoans(ledger, rng, { ...school, reserved: cast.reserved });
  planHolds({ ledger, rng, pupils: school.pupils, cast }, lendable, o.students);
  const past = planPastLoans({
    count: o.pastLoans,
    rng: streamFor(o.seed, "past-loans"),
    days,
    policy: lib.policy,
    term,
    pupils: school.pupils,
    teachers: school.teachers,
    copies: lendable,
  });
  const data: DemoData = {
    term: known ? null : term,
    classes: school.classes,
    patrons: [...school.pupils, ...school.teachers],
    heads: school.heads,
    titles,
    copies,
    loans: [...past, ...ledger.loans],
    holds: ledger.holds,
    rota: planRota(days, school.classes, cast.studentLibrarians),
    activities: planActivities(days),
    ...planMembers(cast, at),
  };
  return { data, cast, term, openLoans: ledger.loans.length };
}
