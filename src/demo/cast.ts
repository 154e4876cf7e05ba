import { rulesFor } from "../core/circulation/rules.ts";
import type { DemoCopy } from "./copies.ts";
import { dueWindow } from "./due-windows.ts";
import type { LoanState } from "./due-windows.ts";
import type { Ledger } from "./ledger.ts";
import type { Rng } from "./random.ts";
import type { DemoPerson, SchoolPlan } from "./school.ts";
import type { DemoTitle } from "./titles.ts";

/** The people the demo chat members are, and the pupils whose states are scripted. */
export interface Cast {
  /** demo-parent's children: A has a loan renewable now, B an overdue loan and a queued hold. */
  childA: DemoPerson;
  childB: DemoPerson;
  /** demo-student: a renewable loan and a hold ready on the shelf. */
  student: DemoPerson;
  /** demo-teacher: head of childB's class, where pupils are overdue at levels 1–3. */
  teacher: DemoPerson;
  /** Classmates of childB overdue at levels 2 and 3 (the latter suspended). */
  late: [DemoPerson, DemoPerson];
  /** demo-helper: a student librarian on duty every open weekday. */
  helper: DemoPerson;
  /** All student librarians (小管), the helper first. */
  studentLibrarians: DemoPerson[];
  /** Cards random planning leaves alone. */
  reserved: Set<string>;
}

/** The titles the scripted holds use: a queue on the first, a ready hold on the second. */
export const castTitles = {
  queued: "夏洛的网",
  ready: "草房子",
  alsoQueued: "窗边的小豆豆",
} as const;

function pupil(plan: SchoolPlan, className: string, index: number): DemoPerson {
  const p = plan.rolls.get(className)?.[index];
  if (!p) throw new RangeError(`the demo needs pupil ${index + 1} of class ${className}`);
  return p;
}

/** Picks the cast from the rolls (fixed positions, so the same school gives the same cast). */
export function pickCast(plan: SchoolPlan): Cast {
  const [childA, childB, student, helper] = [
    pupil(plan, "3-1", 0),
    pupil(plan, "5-1", 0),
    pupil(plan, "4-1", 0),
    pupil(plan, "6-1", 0),
  ];
  const late: [DemoPerson, DemoPerson] = [pupil(plan, "5-1", 1), pupil(plan, "5-1", 2)];
  const head = plan.heads.find((h) => h.className === "5-1");
  const teacher = plan.teachers.find((t) => t.cardNumber === head?.teacherCard);
  if (!teacher) throw new RangeError("the demo needs a head teacher of class 5-1");
  const taken = new Set([childA, childB, student, helper, ...late].map((p) => p.cardNumber));
  const others = plan.pupils
    .filter((p) => (p.grade === 6 || p.grade === 5) && !taken.has(p.cardNumber))
    .sort((a, b) => (b.grade ?? 0) - (a.grade ?? 0))
    .slice(0, 5);
  const studentLibrarians = [helper, ...others];
  for (const p of studentLibrarians) p.isStudentLibrarian = true;
  const reserved = new Set([...taken, ...others.map((p) => p.cardNumber)]);
  return { childA, childB, student, teacher, late, helper, studentLibrarians, reserved };
}

function lendIn(
  ledger: Ledger,
  rng: Rng,
  p: DemoPerson,
  state: LoanState,
  avoid: ReadonlySet<string>,
): DemoCopy {
  const copy = ledger.freeCopyFor(rng, p, avoid);
  if (!copy) throw new RangeError("the demo catalogue has too few copies");
  const w = dueWindow(ledger.policy, ledger.days, state, rulesFor(ledger.policy, p.role).loanDays);
  ledger.lend(p, copy, ledger.days.pickOpen(rng, w.lo, w.hi));
  return copy;
}

function titleNamed(titles: readonly DemoTitle[], name: string): DemoTitle {
  const t = titles.find((x) => x.title === name);
  if (!t) throw new RangeError(`the demo catalogue lacks ${name}`);
  return t;
}

/**
 * The scripted states the dialogs are demonstrated with. Renewable loans are on titles kept
 * free of holds; childB's hold is second in the queue of castTitles.queued (the popular-title
 * step fills the rest of the queue and lends out every copy).
 */
export function scriptCast(
  ledger: Ledger,
  rng: Rng,
  cast: Cast,
  copies: readonly DemoCopy[],
): void {
  const titles = [...new Set(copies.map((c) => c.title))];
  const kept = new Set(Object.values(castTitles).map((name) => titleNamed(titles, name).isbn));
  const days = ledger.days;
  ledger.queue(cast.childB, titleNamed(titles, castTitles.queued), days.at(days.plus(-2), 9 * 60));
  const ready = copies.find((c) => c.title.title === castTitles.ready && c.status === "available");
  if (!ready) throw new RangeError(`no copy of ${castTitles.ready} for the ready hold`);
  ledger.ready(cast.student, ready, days.lastOpenBefore(days.today), days.plus(-6));
  for (const p of [cast.childA, cast.student]) {
    const copy = lendIn(ledger, rng, p, "renewable", kept);
    ledger.noHolds.add(copy.isbn);
    kept.add(copy.isbn);
  }
  lendIn(ledger, rng, cast.childA, "later", kept);
  lendIn(ledger, rng, cast.childB, "level1", kept);
  lendIn(ledger, rng, cast.late[0], "level2", kept);
  lendIn(ledger, rng, cast.late[1], "level3", kept);
}
