import { findPatronForGrant } from "../../db/roster-repo.ts";
import { insertDutyOnce } from "../../db/duty-repo.ts";
import { runTransaction } from "../../db/transact.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";

export type DutyRefusal =
  | "not_librarian"
  | "unknown_card"
  | "not_a_helper"
  | "card_inactive"
  | "bad_weekday"
  | "bad_time"
  | "already_on_duty";

export interface DutyShift {
  cardNumber: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** "HH:mm", start before end. */
  start: string;
  end: string;
}

const clock = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Gives a student librarian (小管) a weekly desk-duty shift, as the rota import's `duty` rows
 * do: the pupil may then lend and take back books at the desk during it. Librarian only.
 * Refusals: not_librarian, unknown_card, not_a_helper (the card is no 小管: 小管 CARD first),
 * card_inactive (suspended, left, lost…), bad_weekday, bad_time (no HH:mm or not start < end),
 * already_on_duty (that pupil already has a shift starting then, also when two identical
 * assignments are made at once). Audited as rota.duty_assign.
 */
export async function assignDuty(
  lib: Library,
  actor: Actor,
  shift: DutyShift,
): Promise<Result<{ patronId: number; name: string }, DutyRefusal>> {
  if (!actor.isLibrarian) return refuse("not_librarian");
  const patron = await findPatronForGrant(lib.db, shift.cardNumber.trim());
  if (!patron) return refuse("unknown_card");
  if (patron.role !== "student" || !patron.isStudentLibrarian) return refuse("not_a_helper");
  if (patron.status !== "active") return refuse("card_inactive");
  if (!Number.isInteger(shift.weekday) || shift.weekday < 1 || shift.weekday > 7) {
    return refuse("bad_weekday");
  }
  const { start, end } = shift;
  if (!clock.test(start) || !clock.test(end) || start >= end) return refuse("bad_time");
  const row = { patronId: patron.id, weekday: shift.weekday, start, end };
  return runTransaction(lib.db, async (tx) => {
    if (!(await insertDutyOnce(tx, row))) return refuse("already_on_duty");
    const detail = { weekday: shift.weekday, start, end };
    await audit(tx, actor, "rota.duty_assign", `patron:${patron.id}`, detail);
    return ok({ patronId: patron.id, name: patron.name });
  });
}
