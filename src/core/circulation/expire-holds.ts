import { closeHoldIf, findReadyHoldsPickupBefore } from "../../db/hold-repo.ts";
import { systemActor } from "../actor.ts";
import { audit } from "../audit.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";
import { passCopyOn } from "./hold-shelf.ts";
import type { ReadyHold } from "./hold-shelf.ts";
import { runTransaction } from "../../db/transact.ts";

export interface ExpiredHold {
  holdId: number;
  patronId: number;
  titleId: number;
}

/**
 * Scheduled job (system): every ready hold whose pickup date has passed expires, and its copy
 * goes to the next queued reader or back to the shelf, in one transaction. Returns the holds
 * that expired and those that became ready, so the notices job can tell both readers.
 */
export async function expireHolds(
  lib: Library,
): Promise<{ expired: ExpiredHold[]; ready: ReadyHold[] }> {
  return runTransaction(lib.db, async (tx) => {
    const due = await findReadyHoldsPickupBefore(tx, today(lib));
    const expired: ExpiredHold[] = [];
    const ready: ReadyHold[] = [];
    for (const hold of due) {
      const closed = { status: "expired", closedAt: lib.now() };
      if (!(await closeHoldIf(tx, hold.id, "ready", closed))) continue;
      expired.push({ holdId: hold.id, patronId: hold.patronId, titleId: hold.titleId });
      if (hold.copyId === null) continue;
      const next = await passCopyOn(tx, lib, { id: hold.copyId, titleId: hold.titleId });
      if (next) ready.push(next);
    }
    if (expired.length > 0) {
      await audit(tx, systemActor, "hold.expire", "", {
        expired: expired.map((h) => h.holdId),
        ready: ready.map((h) => h.holdId),
      });
    }
    return { expired, ready };
  });
}
