import type { Tx } from "../../db/client.ts";
import { findAvailableCopyOf } from "../../db/copy-repo.ts";
import { findQueuedTitlesOf } from "../../db/hold-repo.ts";
import { countOpenLoansDueOnOrBefore } from "../../db/loan-repo.ts";
import { findPatronById, movePatronsStatus } from "../../db/patron-repo.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import { addDays } from "../dates.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";
import { passCopyOn } from "./hold-shelf.ts";
import type { ReadyHold } from "./hold-shelf.ts";

/** What ending a suspension did: whether it ended, and the reader's holds it served. */
export interface Reinstatement {
  lifted: boolean;
  /** Queued holds of the reader that got a copy from the shelf once the card was active. */
  ready: ReadyHold[];
}

/**
 * Lifts a suspension (status back to active) once the patron has no open loan left that is
 * overdue at any level, i.e. none whose days late reach `policy.overdueLevelDays[0]`.
 * A suspension is 以停代金: it lasts until the late books are back, not a fixed time.
 * The hold queue passed the reader over while suspended, so a title they wait for may be on
 * the shelf: each such copy now goes to the title's queue (the reader, unless someone
 * servable is ahead).
 */
export async function liftSuspensionIfClear(
  tx: Tx,
  lib: Library,
  actor: Actor,
  patronId: number,
): Promise<Reinstatement> {
  const unchanged: Reinstatement = { lifted: false, ready: [] };
  const patron = await findPatronById(tx, patronId);
  if (patron?.status !== "suspended") return unchanged;
  const latestLateDue = addDays(today(lib), -lib.policy.overdueLevelDays[0]);
  if ((await countOpenLoansDueOnOrBefore(tx, patronId, latestLateDue)) > 0) return unchanged;
  const lifted = await movePatronsStatus(tx, [patronId], "suspended", "active", null);
  if (lifted.length === 0) return unchanged;
  await audit(tx, actor, "patron.unsuspend", `patron:${patronId}`);
  return { lifted: true, ready: await serveWaitingHolds(tx, lib, patronId) };
}

async function serveWaitingHolds(tx: Tx, lib: Library, patronId: number): Promise<ReadyHold[]> {
  const ready: ReadyHold[] = [];
  for (const titleId of new Set(await findQueuedTitlesOf(tx, patronId))) {
    const copy = await findAvailableCopyOf(tx, titleId);
    const served = copy && (await passCopyOn(tx, lib, copy));
    if (served) ready.push(served);
  }
  return ready;
}
