import { overdueLevel } from "../core/circulation/rules.ts";
import { addDays, daysBetween } from "../core/dates.ts";
import type { IsoDate } from "../core/dates.ts";
import type { Policy } from "../core/policy.ts";
import type { NoticeLoan } from "../db/notice-loan-repo.ts";

/** One line of a reminder: a loan due soon, or a loan that reached an overdue level. */
export interface ReminderItem {
  loanId: number;
  patronId: number;
  name: string;
  classId: number | null;
  isPupil: boolean;
  suspended: boolean;
  title: string;
  dueOn: IsoDate;
  level: 0 | 1 | 2 | 3;
  /** Days late (0 for a loan due soon). */
  days: number;
}

/** The due dates a reminder run over (from, day] must read: from the oldest level-3 rise on. */
export function reminderDueRange(policy: Policy, from: IsoDate, day: IsoDate) {
  return {
    after: addDays(from, -policy.overdueLevelDays[2]),
    upTo: addDays(day, policy.dueSoonDays),
  };
}

/** The date an event of the loan falls on: "due soon" day, or the day its current level began. */
function eventDate(policy: Policy, dueOn: IsoDate, level: number): IsoDate {
  if (level === 0) return addDays(dueOn, -policy.dueSoonDays);
  return addDays(dueOn, policy.overdueLevelDays[level - 1] ?? 0);
}

/**
 * What a run covering the dates (from, day] tells: each loan due in policy.dueSoonDays days
 * ("due soon" day in the window, not yet late), and each loan whose current overdue level began
 * in the window (a loan that jumped several levels while runs were missed says its highest).
 * Each rise is told once however often the job runs, because windows do not overlap.
 */
export function reminderItems(
  policy: Policy,
  loans: readonly NoticeLoan[],
  from: IsoDate,
  day: IsoDate,
): ReminderItem[] {
  const items: ReminderItem[] = [];
  for (const l of loans) {
    const level = overdueLevel(policy, l.dueOn, day);
    if (level === 0 && l.dueOn < day) continue;
    const at = eventDate(policy, l.dueOn, level);
    if (at <= from || at > day) continue;
    items.push({
      loanId: l.id,
      patronId: l.patronId,
      name: l.patron.name,
      classId: l.patron.classId,
      isPupil: l.patron.role === "student",
      suspended: l.patron.status === "suspended",
      title: l.copy.title.title,
      dueOn: l.dueOn,
      level,
      days: level === 0 ? 0 : daysBetween(l.dueOn, day),
    });
  }
  return items;
}
