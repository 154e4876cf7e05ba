import { closeHoldIf, findHold } from "../../db/hold-repo.ts";
import { canActFor } from "../actor.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import { passCopyOn } from "./hold-shelf.ts";
import type { ReadyHold } from "./hold-shelf.ts";
import { runTransaction } from "../../db/transact.ts";

export type CancelHoldRefusal = "not_yours" | "not_active";

/**
 * Cancels a queued or ready hold of a patron the actor may act for (not_yours also for an
 * unknown id; not_active once collected, cancelled or expired). Cancelling a ready hold
 * releases its copy to the next queued reader — returned as `nextHold` so the notices job can
 * tell them — or back to the shelf.
 */
export async function cancelHold(
  lib: Library,
  actor: Actor,
  holdId: number,
): Promise<Result<{ nextHold?: ReadyHold }, CancelHoldRefusal>> {
  return runTransaction(
    lib.db,
    async (tx): Promise<Result<{ nextHold?: ReadyHold }, CancelHoldRefusal>> => {
      const hold = await findHold(tx, holdId);
      if (!hold || !canActFor(actor, hold.patronId)) return refuse("not_yours");
      if (hold.status !== "queued" && hold.status !== "ready") return refuse("not_active");
      const closed = { status: "cancelled", closedAt: lib.now() };
      if (!(await closeHoldIf(tx, hold.id, hold.status, closed))) return refuse("not_active");
      const nextHold =
        hold.status === "ready" && hold.copyId !== null
          ? await passCopyOn(tx, lib, { id: hold.copyId, titleId: hold.titleId })
          : undefined;
      await audit(tx, actor, "hold.cancel", `hold:${hold.id}`, {
        was: hold.status,
        ...(nextHold ? { nextHoldId: nextHold.holdId } : {}),
      });
      return ok(nextHold ? { nextHold } : {});
    },
  );
}
