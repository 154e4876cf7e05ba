import type { DemoBindingRow, DemoMemberRow } from "../db/demo-rows.ts";
import type { Cast } from "./cast.ts";

/** The chat user ids of the demo members on the terminal chat (platform "console"). */
export const demoUserIds = {
  parent: "demo-parent",
  student: "demo-student",
  teacher: "demo-teacher",
  librarian: "demo-librarian",
  helper: "demo-helper",
} as const;

export type DemoRole = keyof typeof demoUserIds;

export const demoPlatform = "console";

const displayNames: Record<DemoRole, string> = {
  parent: "演示家长",
  student: "演示学生",
  teacher: "演示老师",
  librarian: "演示管理员",
  helper: "演示小管",
};

/**
 * One console chat member per demo role, bound the way their code slips would bind them: the
 * parent as guardian of two children, the student and the helper to themselves (the helper
 * also as student librarian), the teacher as teacher, the librarian as librarian.
 */
export function planMembers(
  cast: Cast,
  at: Date,
): { members: DemoMemberRow[]; bindings: DemoBindingRow[] } {
  const members = (Object.keys(demoUserIds) as DemoRole[]).map((role) => ({
    platform: demoPlatform,
    userId: demoUserIds[role],
    displayName: displayNames[role],
    createdAt: at,
  }));
  const bind = (role: DemoRole, kind: string, cardNumber: string | null): DemoBindingRow => ({
    userId: demoUserIds[role],
    kind,
    cardNumber,
    createdAt: at,
  });
  const bindings = [
    bind("parent", "guardian", cast.childA.cardNumber),
    bind("parent", "guardian", cast.childB.cardNumber),
    bind("student", "self", cast.student.cardNumber),
    bind("teacher", "teacher", cast.teacher.cardNumber),
    bind("librarian", "librarian", null),
    bind("helper", "self", cast.helper.cardNumber),
    bind("helper", "student_librarian", cast.helper.cardNumber),
  ];
  return { members, bindings };
}
