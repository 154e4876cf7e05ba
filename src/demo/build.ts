import { systemActor } from "../core/actor.ts";
import { audit } from "../core/audit.ts";
import type { TermDates } from "../core/calendar.ts";
import type { Library } from "../core/library.ts";
import { ok, refuse } from "../core/result.ts";
import type { Result } from "../core/result.ts";
import { countSchoolRows, insertDemoSchool } from "../db/demo-repo.ts";
import { insertDemoCorner } from "../db/demo-corner-repo.ts";
import { insertDemoSuggestions } from "../db/demo-suggestion-repo.ts";
import { classics } from "./classics.ts";
import { demoUserIds } from "./members.ts";
import { planDemoSchool } from "./plan.ts";
import { insertDemoStocktake } from "./stocktake.ts";
import { planSuggestions } from "./suggestions.ts";

export interface DemoOptions {
  students?: number;
  titles?: number;
  pastLoans?: number;
  seed?: number;
  /** Delete the school's data first instead of refusing a non-empty database. */
  reset?: boolean;
}

export interface DemoSummary {
  classes: number;
  students: number;
  teachers: number;
  titles: number;
  copies: number;
  /** Every loan row, returned ones included. */
  loans: number;
  openLoans: number;
  holds: number;
  members: number;
  /** The term the demo is set in (created when the calendar had none for today). */
  term: TermDates;
}

export type DemoRefusal = "not_empty" | "too_small";

/** The smallest school the scripted demo states fit in. */
export const demoMinimum = { students: 60, titles: classics.length } as const;

/**
 * Builds the deterministic demo school (see docs/users.md): classes of grades 1–6,
 * pupils and teachers with Chinese names, classic and generated titles with valid ISBNs and
 * CLC call numbers, loans and holds in every state relative to today, the term, the rota,
 * reading activities, the console demo members with their bindings, and a class book corner
 * (集体借阅) of 12 copies lent to the demo teacher's class, a finished stocktake (盘点) of the
 * reading room with a copy in repair (待修). The same options and
 * the same today give byte-identical rows on a fresh database.
 *
 * Refuses `not_empty` when the database already has patrons or titles (unless `reset`, which
 * wipes the school first, in the same transaction), and `too_small` below `demoMinimum`.
 */
export async function buildDemoSchool(
  lib: Library,
  opts: DemoOptions = {},
): Promise<Result<DemoSummary, DemoRefusal>> {
  const o = { students: 240, titles: 400, pastLoans: 0, seed: 1, reset: false, ...opts };
  if (o.students < demoMinimum.students || o.titles < demoMinimum.titles) {
    return refuse("too_small", {
      minStudents: demoMinimum.students,
      minTitles: demoMinimum.titles,
    });
  }
  const existing = await countSchoolRows(lib.db);
  if (!o.reset && (existing.patrons > 0 || existing.titles > 0))
    return refuse("not_empty", existing);
  const plan = planDemoSchool(lib, o);
  const d = plan.data;
  const summary: DemoSummary = {
    classes: d.classes.length,
    students: d.patrons.filter((p) => p.role === "student").length,
    teachers: d.patrons.filter((p) => p.role === "teacher").length,
    titles: d.titles.length,
    copies: d.copies.length,
    loans: d.loans.length,
    openLoans: plan.openLoans,
    holds: d.holds.length,
    members: d.members.length,
    term: plan.term,
  };
  await insertDemoSchool(lib.db, d, {
    wipeFirst: o.reset,
    also: async (tx) => {
      await insertDemoSuggestions(tx, planSuggestions(lib.now()));
      await insertDemoCorner(tx, {
        teacherUserId: demoUserIds.teacher,
        dueOn: plan.term.endsOn,
        lentAt: new Date(lib.now().getTime() - 14 * 86_400_000),
        copies: 12,
      });
      await insertDemoStocktake(tx, lib.now());
      await audit(tx, systemActor, "demo.build", "", { ...summary, seed: o.seed, reset: o.reset });
    },
  });
  return ok(summary);
}
