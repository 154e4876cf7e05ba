import type { RotaLine } from "../../core/reports/week-rota.ts";
import type { Conversation } from "../types.ts";
import { md } from "../month-day.ts";

const when = (c: Conversation, e: RotaLine) => ({
  day: c.t("staff_weekday", { day: e.weekday }),
  date: md(e.date),
  start: e.start,
  end: e.end,
});

/** A class borrowing slot or a grade open day, one line. */
export function rotaLine(c: Conversation, e: RotaLine): string {
  if (e.kind === "grade_day") return c.t("rota_grade_day", { ...when(c, e), grades: e.grades });
  return c.t("rota_slot", { ...when(c, e), className: e.className ?? "" });
}

/** A duty shift, with the student librarian's name when `named` (the librarian's view). */
export function dutyLine(c: Conversation, e: RotaLine, named: boolean): string {
  if (!named) return c.t("duty_line", when(c, e));
  return c.t("duty_line_named", { ...when(c, e), name: e.patronName ?? "" });
}
