import { daysBetween } from "../dates.ts";
import type { IsoDate } from "../dates.ts";
import type { Policy, RoleRules } from "../policy.ts";

export type CardRefusal = "card_not_issued" | "suspended" | "card_left" | "card_blocked";

/** Why a card cannot borrow or reserve, or null when its status allows it. */
export function cardRefusal(status: string): CardRefusal | null {
  if (status === "not_issued") return "card_not_issued";
  if (status === "suspended") return "suspended";
  if (status === "left") return "card_left";
  if (status === "lost" || status === "confiscated") return "card_blocked";
  return null;
}

/** The loan rules of a patron's role; anything but a teacher borrows as a student. */
export function rulesFor(policy: Policy, role: string): RoleRules {
  return role === "teacher" ? policy.teacher : policy.student;
}

export type OverdueLevel = 0 | 1 | 2 | 3;

/**
 * Overdue level of an open loan on `on` (shared decision): level k once the days late reach
 * `policy.overdueLevelDays[k - 1]`; 0 while not late enough for level 1.
 */
export function overdueLevel(policy: Policy, dueOn: IsoDate, on: IsoDate): OverdueLevel {
  const late = daysBetween(dueOn, on);
  const [one, two, three] = policy.overdueLevelDays;
  if (late >= three) return 3;
  if (late >= two) return 2;
  if (late >= one) return 1;
  return 0;
}
