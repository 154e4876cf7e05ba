import { deleteDutyShift, findDutyShifts } from "../../db/duty-repo.ts";
import type { DutyShiftRow } from "../../db/duty-repo.ts";
import { runTransaction } from "../../db/transact.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";

export type DutyRemoveRefusal = "not_librarian" | "no_such_shift";

/** Every student librarian's weekly duty shift (librarian only), by weekday and start. */
export async function dutyShifts(
  lib: Library,
  actor: Actor,
): Promise<Result<DutyShiftRow[], "not_librarian">> {
  if (!actor.isLibrarian) return refuse("not_librarian");
  return ok(await findDutyShifts(lib.db));
}

/**
 * Removes a student librarian's weekly duty shift: from then on the desk no longer lets them
 * lend during it. Librarian only. Refusals: not_librarian, no_such_shift (no duty shift with
 * that id, e.g. already removed by another desk). Audited as rota.duty_remove.
 */
export async function removeDuty(
  lib: Library,
  actor: Actor,
  shiftId: number,
): Promise<Result<DutyShiftRow, DutyRemoveRefusal>> {
  if (!actor.isLibrarian) return refuse("not_librarian");
  return runTransaction(lib.db, async (tx) => {
    const removed = await deleteDutyShift(tx, shiftId);
    if (!removed) return refuse("no_such_shift");
    const { weekday, start, end } = removed;
    await audit(tx, actor, "rota.duty_remove", `patron:${removed.patronId}`, {
      weekday,
      start,
      end,
    });
    return ok(removed);
  });
}
