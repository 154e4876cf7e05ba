import type { TermDates } from "../core/calendar.ts";
import type { DemoClassRow, DemoHeadRow, DemoPatronRow } from "../db/demo-rows.ts";
import { adultName, childName } from "./names.ts";
import { streamFor } from "./random.ts";

/** A demo patron; circulation planning may still suspend them or make them a student librarian. */
export interface DemoPerson extends DemoPatronRow {
  grade: number | null;
}

export interface SchoolPlan {
  classes: DemoClassRow[];
  pupils: DemoPerson[];
  teachers: DemoPerson[];
  heads: DemoHeadRow[];
  /** Pupils of each class in roll order. */
  rolls: Map<string, DemoPerson[]>;
}

/** Grades 1–6 with about 40 pupils a class: the number of classes of each grade. */
export function classesPerGrade(students: number): number[] {
  const n = Math.max(6, Math.round(students / 40));
  return [1, 2, 3, 4, 5, 6].map((g) => Math.floor(n / 6) + (g <= n % 6 ? 1 : 0));
}

function planClasses(students: number): DemoClassRow[] {
  return classesPerGrade(students).flatMap((count, i) =>
    Array.from({ length: count }, (_, j) => ({
      grade: i + 1,
      number: j + 1,
      name: `${i + 1}-${j + 1}`,
    })),
  );
}

/** The year the school year of a term began in (a spring term belongs to the year before). */
function schoolYearOf(term: TermDates): number {
  const year = Number(term.startsOn.slice(0, 4));
  return term.startsOn.slice(5) < "08-01" ? year - 1 : year;
}

function person(
  cardNumber: string,
  name: string,
  role: "student" | "teacher",
  c: { grade: number; name: string } | null,
  at: Date,
): DemoPerson {
  return {
    cardNumber,
    name,
    role,
    status: "active",
    className: c?.name ?? null,
    suspendedAt: null,
    isStudentLibrarian: false,
    createdAt: at,
    grade: c?.grade ?? null,
  };
}

/**
 * Classes "G-N" of grades 1–6, their pupils (cards S + year of entry + number; most first-graders
 * still wait for their card: not_issued), a head teacher per class and a few subject teachers
 * (cards T + school year + number).
 */
export function planSchool(opts: {
  seed: number;
  students: number;
  term: TermDates;
  at: Date;
}): SchoolPlan {
  const rng = streamFor(opts.seed, "school");
  const classes = planClasses(opts.students);
  const year = schoolYearOf(opts.term);
  const pupils: DemoPerson[] = [];
  const rolls = new Map<string, DemoPerson[]>();
  const seqInGrade = new Map<number, number>();
  classes.forEach((c, i) => {
    const size =
      Math.floor(opts.students / classes.length) + (i < opts.students % classes.length ? 1 : 0);
    const roll = Array.from({ length: size }, () => {
      const seq = (seqInGrade.get(c.grade) ?? 0) + 1;
      seqInGrade.set(c.grade, seq);
      const card = `S${year - c.grade + 1}${String(seq).padStart(4, "0")}`;
      const p = person(card, childName(rng), "student", c, opts.at);
      if (c.grade === 1 && rng.chance(0.8)) p.status = "not_issued";
      return p;
    });
    rolls.set(c.name, roll);
    pupils.push(...roll);
  });
  const subjectTeachers = Math.max(3, Math.ceil(classes.length / 6));
  const teachers = Array.from({ length: classes.length + subjectTeachers }, (_, i) =>
    person(`T${year}${String(i + 1).padStart(3, "0")}`, adultName(rng), "teacher", null, opts.at),
  );
  const heads = classes.map((c, i) => ({
    teacherCard: teachers[i]?.cardNumber ?? "",
    className: c.name,
  }));
  return { classes, pupils, teachers, heads, rolls };
}
