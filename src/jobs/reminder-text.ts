import type { Locale } from "../locale.ts";
import { t } from "../dialogs/texts/index.ts";
import type { ReminderItem } from "./reminder-items.ts";

/** A reminder line for a recipient: about their own patron, or a class they head. */
export type ReminderLine =
  { for: "own"; item: ReminderItem } | { for: "class"; item: ReminderItem; className: string };

function ownSection(locale: Locale, items: ReminderItem[]): string[] {
  const first = items[0];
  if (!first) return [];
  const lines = [t(locale, "push_for", { name: first.name })];
  for (const i of items) {
    lines.push(
      i.level === 0
        ? t(locale, "push_due_soon", { title: i.title, due: i.dueOn })
        : t(locale, "push_overdue", { title: i.title, due: i.dueOn, days: i.days }),
    );
  }
  if (items.some((i) => i.level >= 2 && i.isPupil))
    lines.push(t(locale, "push_overdue_teacher_told"));
  // suspension may come before level 3 (policy.suspendAfterOverdueDays): said with any late line
  if (items.some((i) => i.level > 0 && i.suspended)) {
    lines.push(t(locale, "push_suspended", { name: first.name }));
  }
  return lines;
}

function classSection(locale: Locale, className: string, items: ReminderItem[]): string[] {
  return [
    t(locale, "push_class_overdue", { className }),
    ...items.map((i) =>
      t(locale, "push_class_overdue_line", { name: i.name, title: i.title, days: i.days }),
    ),
  ];
}

function groupBy<T, K>(list: T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const t of list) out.set(key(t), [...(out.get(key(t)) ?? []), t]);
  return out;
}

/**
 * One recipient's daily digest: a section per child (or themself) with loans due soon and
 * overdue, a note when the class teacher was told and when the card is suspended, then a
 * section per class they head listing pupils at overdue level 2 or more.
 */
export function renderReminder(locale: Locale, lines: ReminderLine[]): string {
  const own = lines.flatMap((l) => (l.for === "own" ? [l.item] : []));
  const classes = lines.flatMap((l) => (l.for === "class" ? [l] : []));
  const out = [t(locale, "push_reminder_header")];
  for (const items of groupBy(own, (i) => i.patronId).values())
    out.push(...ownSection(locale, items));
  const byClass = groupBy(classes, (l) => l.className);
  for (const [className, list] of byClass)
    out.push(
      ...classSection(
        locale,
        className,
        list.map((l) => l.item),
      ),
    );
  if (byClass.size > 0) out.push(t(locale, "push_class_overdue_hint"));
  return out.join("\n");
}
