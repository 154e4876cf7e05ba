import { setCopyStatus } from "../../db/copy-repo.ts";
import type { Tx } from "../../db/client.ts";
import { findFirstServableHold, markHoldReady } from "../../db/hold-repo.ts";
import type { IsoDate } from "../dates.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";

/** A hold that has just become ready: the reader to tell, and the last day to pick it up. */
export interface ReadyHold {
  holdId: number;
  patronId: number;
  titleId: number;
  pickupBy: IsoDate;
}

/**
 * Gives a copy that has come free (returned, or released by a cancelled or expired hold) to
 * the oldest queued hold on its title — the copy goes on the hold shelf until
 * `policy.holdPickupOpenDays` open days from today — or, with nobody waiting, back on the shelf.
 * A reader whose card cannot borrow now (suspended, not issued, left) keeps their place in
 * the queue but is passed over: the copy would only wait on the shelf until the hold expired.
 */
export async function passCopyOn(
  tx: Tx,
  lib: Library,
  copy: { id: number; titleId: number },
): Promise<ReadyHold | undefined> {
  const next = await findFirstServableHold(tx, copy.titleId);
  if (!next) {
    await setCopyStatus(tx, copy.id, "available");
    return undefined;
  }
  const pickupBy = lib.calendar.addOpenDays(today(lib), lib.policy.holdPickupOpenDays);
  await markHoldReady(tx, next.id, { copyId: copy.id, readyAt: lib.now(), pickupBy });
  await setCopyStatus(tx, copy.id, "on_hold_shelf");
  return { holdId: next.id, patronId: next.patronId, titleId: copy.titleId, pickupBy };
}
