import type { Audience, BroadcastRole } from "../../core/broadcasts/audience.ts";
import type { SchoolClassRef } from "../../core/broadcasts/school-classes.ts";
import type { Conversation } from "../types.ts";
import { pickClass, pickGrade } from "./pick-class.ts";

/** An audience and how the preview names it. */
export interface ChosenAudience {
  audience: Audience;
  description: string;
}

const roleWords = {
  parents: ["broadcast_role_parents", "broadcast_desc_parents"],
  students: ["broadcast_role_students", "broadcast_desc_students"],
  teachers: ["broadcast_role_teachers", "broadcast_desc_teachers"],
} as const;

async function chooseRole(c: Conversation): Promise<ChosenAudience> {
  const roles = Object.keys(roleWords) as BroadcastRole[];
  const menu = roles.map((r) => ({ id: r, label: c.t(roleWords[r][0]) }));
  const role = (await c.choose(c.t("broadcast_pick_role"), menu)) as BroadcastRole;
  return { audience: { kind: "role", role }, description: c.t(roleWords[role][1]) };
}

async function chooseGroups(c: Conversation, classes: SchoolClassRef[]): Promise<ChosenAudience> {
  const all = { id: "all", label: c.t("broadcast_groups_all") };
  const some = [
    { id: "grade", label: c.t("broadcast_groups_grade") },
    { id: "class", label: c.t("broadcast_groups_class") },
  ];
  const menu = classes.length > 0 ? [all, ...some] : [all];
  const scope = menu.length > 1 ? await c.choose(c.t("broadcast_pick_groups"), menu) : "all";
  if (scope === "grade") {
    const grade = await pickGrade(c, classes);
    const description = c.t("broadcast_desc_groups_grade", { grade });
    return { audience: { kind: "groups", grade }, description };
  }
  if (scope === "class") {
    const k = await pickClass(c, classes);
    const description = c.t("broadcast_desc_groups_class", { name: k.name });
    return { audience: { kind: "groups", classId: k.id }, description };
  }
  return { audience: { kind: "groups" }, description: c.t("broadcast_desc_groups_all") };
}

/**
 * Who a broadcast goes to: everyone bound, a role, a grade or a class (only those that exist
 * are offered), or class group chats.
 */
export async function chooseAudience(
  c: Conversation,
  classes: SchoolClassRef[],
): Promise<ChosenAudience> {
  const menu = [
    { id: "all", label: c.t("broadcast_aud_all") },
    { id: "role", label: c.t("broadcast_aud_role") },
    ...(classes.length > 0
      ? [
          { id: "grade", label: c.t("broadcast_aud_grade") },
          { id: "class", label: c.t("broadcast_aud_class") },
        ]
      : []),
    { id: "groups", label: c.t("broadcast_aud_groups") },
  ];
  const kind = await c.choose(c.t("broadcast_pick_audience"), menu);
  if (kind === "role") return chooseRole(c);
  if (kind === "groups") return chooseGroups(c, classes);
  if (kind === "grade") {
    const grade = await pickGrade(c, classes);
    return {
      audience: { kind: "grade", grade },
      description: c.t("broadcast_desc_grade", { grade }),
    };
  }
  if (kind === "class") {
    const k = await pickClass(c, classes);
    const description = c.t("broadcast_desc_class", { name: k.name });
    return { audience: { kind: "class", classId: k.id }, description };
  }
  return { audience: { kind: "all" }, description: c.t("broadcast_desc_all") };
}
