import type { TermDates } from "../core/calendar.ts";
import { today } from "../core/library.ts";
import type { Library } from "../core/library.ts";
import type { DemoData } from "../db/demo-rows.ts";
import { planActivities } from "./activities.ts";
import { pickCast, scriptCast } from "./cast.ts";
import type { Cast } from "./cast.ts";
import { planCopies } from "./copies.ts";
import type { DemoCopy } from "./copies.ts";
import { DemoDays } from "./days.ts";
import { planHolds } from "./holds.ts";
import { Ledger } from "./ledger.ts";
import { planMembers } from "./members.ts";
import { planOpenLoans } from "./open-loans.ts";
import { planPastLoans } from "./past-loans.ts";
import { streamFor } from "./random.ts";
import { planRota } from "./rota.ts";
import { planSchool } from "./school.ts";
import type { SchoolPlan } from "./school.ts";
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

function planCirculation(
  lib: Library,
  o: DemoPlanOptions,
  days: DemoDays,
  school: SchoolPlan,
  copies: readonly DemoCopy[],
) {
  const lendable = copies.filter((c) => !c.title.isReference);
  const cast = pickCast(school);
  const ledger = new Ledger(lib.policy, days, lendable);
  const rng = streamFor(o.seed, "circulation");
  scriptCast(ledger, rng, cast, lendable);
  planOpenLoans(ledger, rng, { ...school, reserved: cast.reserved });
  planHolds({ ledger, rng, pupils: school.pupils, cast }, lendable, o.students);
  const past = planPastLoans({
    ...school,
    count: o.pastLoans,
    rng: streamFor(o.seed, "past-loans"),
    days,
    policy: lib.policy,
    term: days.term,
    copies: lendable,
  });
  return {
    cast,
    loans: [...past, ...ledger.loans],
    holds: ledger.holds,
    open: ledger.loans.length,
  };
}

/**
 * Plans the whole demo school in memory, without touching the database: a pure function of the
 * options, the policy, the calendar, the time zone and the library's clock. Each part draws
 * from its own seeded stream (see random.ts).
 */
export function planDemoSchool(lib: Library, o: DemoPlanOptions): DemoPlan {
  const at = lib.now();
  const on = today(lib);
  const known = lib.calendar.termOf(on);
  const term = known ?? usualTermOf(on);
  const days = new DemoDays(on, at, lib.calendar, lib.timezone, term);
  const school = planSchool({ seed: o.seed, students: o.students, term, at });
  const newDays = lib.policy.newTitleDays;
  const titles = planTitles({ seed: o.seed, count: o.titles, today: on, newDays, at });
  const copies = planCopies(o.seed, titles, at);
  const { cast, loans, holds, open } = planCirculation(lib, o, days, school, copies);
  const data: DemoData = {
    term: known ? null : term,
    classes: school.classes,
    patrons: [...school.pupils, ...school.teachers],
    heads: school.heads,
    titles,
    copies,
    loans,
    holds,
    rota: planRota(days, school.classes, cast.studentLibrarians),
    activities: planActivities(days),
    ...planMembers(cast, at),
  };
  return { data, cast, term, openLoans: open };
}
