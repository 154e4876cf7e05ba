import { insertActivity } from "../../db/activity-repo.ts";
import { findClassRef } from "../../db/broadcast-repo.ts";
import type { Tx } from "../../db/client.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import { isIsoDate } from "../dates.ts";
import type { IsoDate } from "../dates.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import { runTransaction } from "../../db/transact.ts";

/** 读书节, 征文, 故事会, or anything else. */
export const activityKinds = ["reading_festival", "essay", "story_hour", "other"] as const;
export type ActivityKind = (typeof activityKinds)[number];

export const MAX_ACTIVITY_NAME_CHARS = 60;

export type ActivityAudience =
  { kind: "all" } | { kind: "grade"; grade: number } | { kind: "class"; classId: number };

export interface ActivityInput {
  kind: ActivityKind;
  name: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  deadlineOn?: IsoDate;
  audience: ActivityAudience;
}

export type ActivityRefusal =
  | "not_librarian"
  | "bad_kind"
  | "bad_name"
  | "bad_date"
  | "starts_in_past"
  | "ends_before_start"
  | "deadline_outside"
  | "bad_audience"
  | "unknown_class";

function inputProblem(input: ActivityInput, day: IsoDate): ActivityRefusal | null {
  if (!(activityKinds as readonly string[]).includes(input.kind)) return "bad_kind";
  const name = input.name.trim();
  if (!name || [...name].length > MAX_ACTIVITY_NAME_CHARS) return "bad_name";
  const dates = [input.startsOn, input.endsOn, ...(input.deadlineOn ? [input.deadlineOn] : [])];
  if (!dates.every(isIsoDate)) return "bad_date";
  if (input.startsOn < day) return "starts_in_past";
  if (input.endsOn < input.startsOn) return "ends_before_start";
  const d = input.deadlineOn;
  if (d !== undefined && (d < input.startsOn || d > input.endsOn)) return "deadline_outside";
  return null;
}

/** The stored audience JSON ({ kind, value? }, a class by its name), or a refusal. */
async function storedAudience(
  tx: Tx,
  a: ActivityAudience,
): Promise<Result<string, "bad_audience" | "unknown_class">> {
  if (a.kind === "all") return ok(JSON.stringify({ kind: "all" }));
  if (a.kind === "grade") {
    const fine = Number.isInteger(a.grade) && a.grade >= 1 && a.grade <= 12;
    return fine ? ok(JSON.stringify({ kind: "grade", value: a.grade })) : refuse("bad_audience");
  }
  if (a.kind !== "class") return refuse("bad_audience");
  const cls = await findClassRef(tx, a.classId);
  return cls ? ok(JSON.stringify({ kind: "class", value: cls.name })) : refuse("unknown_class");
}

/**
 * Creates a reading activity (librarian only) and audits it. Dates are school-timezone
 * "YYYY-MM-DD": it may not start before today, must end on or after its start, and a
 * deadline lies within [start, end]. The audience is stored as { kind, value? } (a grade
 * number or a class name). Announcing it is the activity job's work, from its start date.
 */
export async function createActivity(
  lib: Library,
  actor: Actor,
  input: ActivityInput,
): Promise<Result<{ activityId: number }, ActivityRefusal>> {
  if (!actor.isLibrarian || actor.kind === "group") return refuse("not_librarian");
  const problem = inputProblem(input, today(lib));
  if (problem) return refuse(problem);
  return runTransaction(
    lib.db,
    async (tx): Promise<Result<{ activityId: number }, ActivityRefusal>> => {
      const audience = await storedAudience(tx, input.audience);
      if (!audience.ok) return audience;
      const { id } = await insertActivity(tx, {
        name: input.name.trim(),
        kind: input.kind,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        deadlineOn: input.deadlineOn ?? null,
        audience: audience.value,
        createdBy: actor.memberId ?? null,
        createdAt: lib.now(),
      });
      await audit(tx, actor, "activity.create", `activity:${id}`, { kind: input.kind });
      return ok({ activityId: id });
    },
  );
}
