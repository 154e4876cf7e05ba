import type { Tx } from "../../db/client.ts";
import { findClassRef } from "../../db/broadcast-repo.ts";

export const broadcastRoles = ["parents", "students", "teachers"] as const;
export type BroadcastRole = (typeof broadcastRoles)[number];

/**
 * Who a broadcast goes to: every bound account, a role, the people of a grade or a class
 * (parents, pupils, class teachers), or linked class group chats (all, a grade's, a class's).
 */
export type Audience =
  | { kind: "all" }
  | { kind: "role"; role: BroadcastRole }
  | { kind: "grade"; grade: number }
  | { kind: "class"; classId: number }
  | { kind: "groups"; grade?: number; classId?: number };

/** Why an audience names nobody that exists. */
export type AudienceRefusal = "bad_audience" | "unknown_class";

const isGrade = (g: unknown): boolean =>
  Number.isInteger(g) && (g as number) >= 1 && (g as number) <= 12;

/** Null when the audience is well formed and its class exists; else the refusal code. */
export async function audienceProblem(tx: Tx, audience: Audience): Promise<AudienceRefusal | null> {
  switch (audience.kind) {
    case "all":
      return null;
    case "role":
      return (broadcastRoles as readonly string[]).includes(audience.role) ? null : "bad_audience";
    case "grade":
      return isGrade(audience.grade) ? null : "bad_audience";
    case "class":
      return (await findClassRef(tx, audience.classId)) ? null : "unknown_class";
    case "groups":
      if (audience.grade !== undefined && !isGrade(audience.grade)) return "bad_audience";
      if (audience.classId === undefined) return null;
      return (await findClassRef(tx, audience.classId)) ? null : "unknown_class";
    default:
      return "bad_audience";
  }
}
