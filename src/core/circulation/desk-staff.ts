import { findDutiesOn } from "../../db/rota-duty-repo.ts";
import type { Actor } from "../actor.ts";
import { clockIn, weekdayOf } from "../dates.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";
import { schoolWeekNumber } from "../reports/week-number.ts";

/**
 * True when the actor may work the desk (check out, return) right now: the librarian always;
 * a student librarian only during one of their own duty shifts — a RotaEntry of kind "duty"
 * for `actor.selfPatronId` on today's weekday, with start ≤ now < end in the school time zone,
 * in a week that matches its "every"/"odd"/"even" — weeks numbered by schoolWeekNumber, the
 * same rule as the weekly rota push, so the duty list and the desk never disagree.
 */
export async function isDeskStaff(lib: Library, actor: Actor): Promise<boolean> {
  if (actor.isLibrarian) return true;
  if (!actor.isStudentLibrarian || actor.selfPatronId === undefined) return false;
  const date = today(lib);
  const clock = clockIn(lib.timezone, lib.now());
  const parity = schoolWeekNumber(lib.calendar.terms, date) % 2 === 1 ? "odd" : "even";
  const duties = await findDutiesOn(lib.db, actor.selfPatronId, weekdayOf(date));
  return duties.some(
    (d) => d.start <= clock && clock < d.end && (d.weeks === "every" || d.weeks === parity),
  );
}
