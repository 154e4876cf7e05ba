import type { RotaLine } from "../core/reports/week-rota.ts";
import type { Locale } from "../dialogs/texts/index.ts";
import { nt } from "./notice-text.ts";

/** A rota line for a recipient: their class's times, or their own duty shift. */
export type RotaItem = { kind: "class" | "duty"; line: RotaLine };

const order = (a: RotaLine, b: RotaLine) =>
  a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.entryId - b.entryId;

function unique(lines: RotaLine[]): RotaLine[] {
  const byId = new Map(lines.map((l) => [l.entryId, l]));
  return [...byId.values()].sort(order);
}

function classLine(locale: Locale, l: RotaLine): string {
  const when = {
    day: nt(locale, "push_weekday", { day: l.weekday }),
    date: l.date,
    start: l.start,
    end: l.end,
  };
  return l.kind === "slot"
    ? nt(locale, "push_rota_slot", { ...when, className: l.className ?? "" })
    : nt(locale, "push_rota_grade_day", { ...when, grades: l.grades.join("、") });
}

/**
 * The Monday rota message: this week's class slots and grade open days with the
 * once-a-week rule, then the reader's own duty shifts (student librarians).
 */
export function renderRota(
  locale: Locale,
  week: { weekNumber: number; monday: string },
  items: RotaItem[],
): string {
  const classes = unique(items.filter((i) => i.kind === "class").map((i) => i.line));
  const duties = unique(items.filter((i) => i.kind === "duty").map((i) => i.line));
  const out: string[] = [];
  if (classes.length > 0) {
    out.push(nt(locale, "push_rota_header", { week: week.weekNumber, monday: week.monday }));
    out.push(...classes.map((l) => classLine(locale, l)), nt(locale, "push_rota_rule"));
  }
  if (duties.length > 0) {
    out.push(nt(locale, "push_duty_header"));
    for (const l of duties) {
      const day = nt(locale, "push_weekday", { day: l.weekday });
      out.push(nt(locale, "push_duty_line", { day, date: l.date, start: l.start, end: l.end }));
    }
  }
  return out.join("\n");
}
