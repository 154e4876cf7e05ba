import { z } from "zod";
import { parseClassName, parseGradeList } from "./grades.ts";
import type { ClassRef } from "./grades.ts";
import type { ImportError } from "./import-types.ts";
import type { TableRow } from "./read-table.ts";
import { cell, checkRow, rowError } from "./row-check.ts";
import { parseClock, parseWeekday, parseWeeks } from "./values.ts";

const kinds = ["slot", "grade_day", "duty"] as const;
export type RotaKind = (typeof kinds)[number];
const kindNames: Record<string, RotaKind> = {
  借阅时段: "slot",
  年级开放日: "grade_day",
  值日: "duty",
};
const parseKind = (s: string): RotaKind | undefined =>
  kinds.find((k) => k === s.trim().toLowerCase()) ?? kindNames[s.trim()];

const schema = z.object({
  kind: cell("bad_value", parseKind),
  weekday: cell("bad_value", parseWeekday),
  start: cell("bad_value", parseClock),
  end: cell("bad_value", parseClock),
  weeks: cell("bad_value", parseWeeks).optional(),
  class: z.string().optional(),
  grades: cell("bad_grade", parseGradeList).optional(),
  grade: cell("bad_grade", parseGradeList).optional(),
  card_number: z.string().optional(),
});

/** A valid rota row; only the field its kind needs is set (class, grades or card number). */
export interface RotaRow {
  line: number;
  kind: RotaKind;
  weekday: number;
  start: string;
  end: string;
  weeks: "every" | "odd" | "even";
  classRef?: ClassRef;
  grades: string;
  cardNumber?: string;
}

type Parsed = z.output<typeof schema>;

function byKind(line: number, v: Parsed): RotaRow | ImportError {
  const base = { line, kind: v.kind, weekday: v.weekday, start: v.start, end: v.end };
  const row = { ...base, weeks: v.weeks ?? "every", grades: "" };
  if (v.end <= v.start) return rowError(line, "bad_value", "end");
  if (v.kind === "slot") {
    if (v.class === undefined) return rowError(line, "missing_value", "class");
    const classRef = parseClassName(v.class);
    return classRef ? { ...row, classRef } : rowError(line, "bad_class", "class");
  }
  if (v.kind === "grade_day") {
    const grades = v.grades ?? v.grade;
    return grades
      ? { ...row, grades: grades.join(",") }
      : rowError(line, "missing_value", "grades");
  }
  return v.card_number
    ? { ...row, cardNumber: v.card_number }
    : rowError(line, "missing_value", "card_number");
}

/** The natural key of a rota entry (the @@unique of RotaEntry), as text. */
export const rotaKey = (r: RotaRow) =>
  [r.kind, r.classRef?.name ?? "", r.grades, r.cardNumber ?? "", r.weekday, r.start].join("|");

/**
 * Checks every row of a rota file: kind slot / grade_day / duty, weekday 1–7 or 周一…周日,
 * start before end (HH:mm), weeks every/odd/even (每周/单周/双周), and what the kind needs: a
 * class for a slot, grades for a grade day, a card number for a duty shift. A second row with
 * the same key as an earlier one is a `duplicate_entry`.
 */
export function checkRotaRows(rows: readonly TableRow[]): {
  good: RotaRow[];
  errors: ImportError[];
} {
  const good: RotaRow[] = [];
  const errors: ImportError[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const parsed = checkRow(schema, row);
    const checked = parsed.ok ? byKind(row.line, parsed.value) : parsed.error;
    if ("reason" in checked) errors.push(checked);
    else if (seen.has(rotaKey(checked))) errors.push(rowError(row.line, "duplicate_entry"));
    else {
      seen.add(rotaKey(checked));
      good.push(checked);
    }
  }
  return { good, errors };
}
