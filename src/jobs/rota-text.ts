import type { Cadence } from "../core/reports/rota-cadence.ts";
import type { RotaLine } from "../core/reports/week-rota.ts";
import type { Locale } from "../locale.ts";
import { t } from "../dialogs/texts/index.ts";

/**
 * A rota item for a recipient: their class's times, their own duty shift, or a class's rule
 * from the school's rota (`next` holds the class's next times when this week is not its week).
 */
export type RotaItem =
  | { kind: "class" | "duty"; line: RotaLine }
  | { kind: "cadence"; classId: number; className: string; cadence: Cadence; next: RotaLine[] };

type CadenceItem = Extract<RotaItem, { kind: "cadence" }>;

const order = (a: RotaLine, b: RotaLine) =>
  a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.entryId - b.entryId;

function unique(lines: RotaLine[]): RotaLine[] {
  const byId = new Map(lines.map((l) => [l.entryId, l]));
  return [...byId.values()].sort(order);
}

function classLine(locale: Locale, l: RotaLine): string {
  const when = {
    day: t(locale, "push_weekday", { day: l.weekday }),
    date: l.date,
    start: l.start,
    end: l.end,
  };
  return l.kind === "slot"
    ? t(locale, "push_rota_slot", { ...when, className: l.className ?? "" })
    : t(locale, "push_rota_grade_day", { ...when, grades: l.grades.join("、") });
}

/** The school's rule for the recipient's classes: classes with the same rule share a line. */
function cadenceLines(locale: Locale, week: number, items: CadenceItem[]): string[] {
  const byClass = new Map(items.map((i) => [i.classId, i]));
  const sep = locale === "en" ? ", " : "、";
  const out: string[] = [];
  for (const cadence of ["every", "odd", "even"] as const) {
    const on = [...byClass.values()].filter((i) => i.cadence === cadence && i.next.length === 0);
    if (on.length === 0) continue;
    const classes = on.map((i) => i.className).join(sep);
    out.push(
      cadence === "every"
        ? t(locale, "push_rota_every", { classes })
        : t(locale, "push_rota_alternate", { classes, weeks: cadence, week }),
    );
  }
  for (const off of [...byClass.values()].filter((i) => i.next.length > 0)) {
    const weeks = off.cadence === "even" ? "even" : "odd";
    out.push(t(locale, "push_rota_off", { className: off.className, weeks, week }));
    out.push(...unique(off.next).map((l) => classLine(locale, l)));
  }
  return out;
}

/**
 * The Monday rota message: this week's class slots and grade open days with the school's own
 * rule for each class (every week, or odd/even weeks; a class whose week this is not is told
 * its next times), then the reader's own duty shifts (student librarians).
 */
export function renderRota(
  locale: Locale,
  week: { weekNumber: number; monday: string },
  items: RotaItem[],
): string {
  const classes = unique(items.flatMap((i) => (i.kind === "class" ? [i.line] : [])));
  const duties = unique(items.flatMap((i) => (i.kind === "duty" ? [i.line] : [])));
  const rules = cadenceLines(
    locale,
    week.weekNumber,
    items.filter((i): i is CadenceItem => i.kind === "cadence"),
  );
  const out: string[] = [];
  if (classes.length > 0 || rules.length > 0) {
    out.push(t(locale, "push_rota_header", { week: week.weekNumber, monday: week.monday }));
    out.push(...classes.map((l) => classLine(locale, l)), ...rules);
  }
  if (duties.length > 0) {
    out.push(t(locale, "push_duty_header"));
    for (const l of duties) {
      const day = t(locale, "push_weekday", { day: l.weekday });
      out.push(t(locale, "push_duty_line", { day, date: l.date, start: l.start, end: l.end }));
    }
  }
  return out.join("\n");
}
