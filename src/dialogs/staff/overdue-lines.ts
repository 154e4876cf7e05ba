import type { ClassOverdue, OverduePupil } from "../../core/reports/overdue.ts";
import type { Conversation } from "../types.ts";
import { md } from "../month-day.ts";

/** One pupil with their overdue items, one entry of a paged list (a pupil is never split). */
export function pupilEntry(c: Conversation, p: OverduePupil): string {
  const items = p.items.map((i) =>
    c.t("overdue_item", {
      title: i.title,
      barcode: i.barcode,
      due: md(i.dueOn),
      days: i.daysLate,
      stopped: i.level >= 3,
    }),
  );
  return [c.t("overdue_pupil", { name: p.name }), ...items].join("\n");
}

/** A class's list: its header then one entry per pupil, or the "nothing overdue" line. */
export function classEntries(c: Conversation, list: ClassOverdue): string[] {
  if (list.pupils.length === 0) return [c.t("overdue_class_none", { className: list.className })];
  const items = list.pupils.reduce((n, p) => n + p.items.length, 0);
  const header = c.t("overdue_class_header", {
    className: list.className,
    pupils: list.pupils.length,
    items,
  });
  return [header, ...list.pupils.map((p) => pupilEntry(c, p))];
}
