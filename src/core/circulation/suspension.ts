import type { Tx } from "../../db/client.ts";
import { countOpenLoansDueOnOrBefore } from "../../db/loan-repo.ts";
import { findPatronById, movePatronsStatus } from "../../db/patron-repo.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import { addDays } from "../dates.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";

/**
 * Lifts a suspension (status back to active) once the patron has no open loan left that is
 * overdue at any level, i.e. none whose days late reach `policy.overdueLevelDays[0]`.
 * A suspension is 以停代金: it lasts until the late books are back, not a fixed time.
 * Returns true when the suspension was lifted by this call.
 */
export async function liftSuspensionIfClear(
  tx: Tx,
  lib: Library,
  actor: Actor,
  patronId: number,
): Promise<boolean> {
  const patron = await findPatronById(tx, patronId);
  if (patron?.status !== "suspended") return false;
  const latestLateDue = addDays(today(lib), -lib.policy.overdueLevelDays[0]);
  if ((await countOpenLoansDueOnOrBefore(tx, patronId, latestLateDue)) > 0) return false;
  const lifted = await movePatronsStatus(tx, [patronId], "suspended", "active", null);
  if (lifted.length === 0) return false;
  await audit(tx, actor, "patron.unsuspend", `patron:${patronId}`);
  return true;
}
