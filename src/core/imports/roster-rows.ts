import { z } from "zod";
import { parseClassName, parseGrade } from "./grades.ts";
import type { ClassRef } from "./grades.ts";
import type { ImportError } from "./import-types.ts";
import type { Table } from "./read-table.ts";
import { cell, checkRow, rowError } from "./row-check.ts";
import { parseBool, parseCardStatus, parseRole } from "./values.ts";

const schema = z.object({
  card_number: z.string(),
  name: z.string(),
  role: cell("unknown_role", parseRole),
  grade: cell("bad_grade", (s) => (parseGrade(s) === undefined ? undefined : s)).optional(),
  class: z.string().optional(),
  head_of: z.string().optional(),
  card_status: cell("bad_value", parseCardStatus).optional(),
  student_librarian: cell("bad_value", parseBool).optional(),
});

/** A valid roster row. `headOf` is undefined when the file says nothing about it. */
export interface RosterRow {
  line: number;
  cardNumber: string;
  name: string;
  role: "student" | "teacher";
  classRef?: ClassRef;
  headOf?: ClassRef[];
  /** The card's state when the file gives one (issued is "active"). */
  cardStatus?: "active" | "not_issued" | "left";
  /** 小管: a pupil who works the desk on duty; undefined when the file says nothing. */
  studentLibrarian?: boolean;
}

type Parsed = z.output<typeof schema>;
type Checked = { ok: true; row: RosterRow } | { ok: false; error: ImportError };

function student(line: number, v: Parsed): Checked {
  if (v.class === undefined) return { ok: false, error: rowError(line, "missing_value", "class") };
  const classRef = parseClassName(v.class, v.grade);
  if (!classRef) return { ok: false, error: rowError(line, "bad_class", "class") };
  const row: RosterRow = { line, cardNumber: v.card_number, name: v.name, role: "student" };
  return { ok: true, row: { ...row, classRef, ...extras(v) } };
}

const extras = (v: Parsed): Pick<RosterRow, "cardStatus" | "studentLibrarian"> => ({
  ...(v.card_status === undefined ? {} : { cardStatus: v.card_status }),
  ...(v.student_librarian === undefined ? {} : { studentLibrarian: v.student_librarian }),
});

/** A teacher heads the classes in 班主任班级 (several split by , or 、), else the one in 班级. */
function teacher(line: number, v: Parsed, hasHeadOfColumn: boolean): Checked {
  if (v.student_librarian) {
    return { ok: false, error: rowError(line, "bad_value", "student_librarian") };
  }
  const listed = v.head_of ?? v.class;
  const row: RosterRow = {
    line,
    cardNumber: v.card_number,
    name: v.name,
    role: "teacher",
    ...extras(v),
  };
  if (listed === undefined)
    return { ok: true, row: hasHeadOfColumn ? { ...row, headOf: [] } : row };
  const headOf: ClassRef[] = [];
  for (const part of listed.split(/\s*[,，、;；]\s*/).filter(Boolean)) {
    const ref = parseClassName(part);
    if (!ref)
      return { ok: false, error: rowError(line, "bad_class", v.head_of ? "head_of" : "class") };
    headOf.push(ref);
  }
  return { ok: true, row: { ...row, headOf } };
}

/**
 * Checks every row of a roster file: required card number, name and role (student/学生,
 * teacher/教师/老师), a class for each student ("3-2", "3年2班", or 年级 3 + 班级 2), and no card
 * number twice in the file (the first row wins). Optional: the card's state (借书证状态: 已发放 /
 * 未发放 / 离校) and 小管 (是/否, pupils only).
 */
export function checkRosterRows(table: Table): { good: RosterRow[]; errors: ImportError[] } {
  const good: RosterRow[] = [];
  const errors: ImportError[] = [];
  const seen = new Set<string>();
  const hasHeadOf = table.columns.includes("head_of");
  for (const row of table.rows) {
    const parsed = checkRow(schema, row);
    if (!parsed.ok) {
      errors.push(parsed.error);
      continue;
    }
    const v = parsed.value;
    const checked = v.role === "student" ? student(row.line, v) : teacher(row.line, v, hasHeadOf);
    if (!checked.ok) errors.push(checked.error);
    else if (seen.has(v.card_number))
      errors.push(rowError(row.line, "duplicate_card_number", "card_number", v.card_number));
    else {
      seen.add(v.card_number);
      good.push(checked.row);
    }
  }
  return { good, errors };
}
