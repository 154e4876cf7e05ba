import { findCopyByBarcode, moveCopyStatus } from "../../db/copy-repo.ts";
import { findCopiesInRepair } from "../../db/stocktake-repo.ts";
import { runTransaction } from "../../db/transact.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import { isDeskStaff } from "../circulation/desk-staff.ts";
import { passCopyOn } from "../circulation/hold-shelf.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Refused, Result } from "../result.ts";

export type ToRepairRefusal = "not_desk_staff" | "unknown_copy" | "in_repair" | "not_on_shelf";
export type FromRepairRefusal = "not_desk_staff" | "unknown_copy" | "not_in_repair";

/** The copies in repair now (barcode and title), for desk staff. */
export async function copiesInRepair(
  lib: Library,
  actor: Actor,
): Promise<Result<{ barcode: string; title: string }[], "not_desk_staff">> {
  if (!(await isDeskStaff(lib, actor))) return refuse("not_desk_staff");
  const rows = await findCopiesInRepair(lib.db);
  return ok(rows.map((r) => ({ barcode: r.barcode, title: r.title })));
}

/** Statuses a copy may go to repair from: on the shelf, or marked damaged at a return. */
const repairable = ["available", "damaged"] as const;

/**
 * Sets a copy aside for repair (待修, 定期组织学生修补破损的图书): its status becomes in_repair,
 * so it cannot be lent, no hold is served with it, and a search shows it as in repair. Only a
 * copy in the library (on the shelf or marked damaged); a lent copy is taken back first.
 * Desk staff (the librarian, a 小管 on duty). Refusals: not_desk_staff, unknown_copy,
 * in_repair (already), not_on_shelf (lent, in a corner, on the hold shelf, lost…; detail: the
 * status). Audited as copy.repair.
 */
export async function sendToRepair(
  lib: Library,
  actor: Actor,
  input: { barcode: string },
): Promise<
  | { ok: true; value: { title: string } }
  | Refused<ToRepairRefusal, { not_on_shelf: { status: string } }>
> {
  if (!(await isDeskStaff(lib, actor))) return refuse("not_desk_staff");
  return runTransaction(lib.db, async (tx) => {
    const copy = await findCopyByBarcode(tx, input.barcode.trim());
    if (!copy) return refuse("unknown_copy");
    if (copy.status === "in_repair") return refuse("in_repair");
    const from = repairable.find((s) => s === copy.status);
    if (!from || !(await moveCopyStatus(tx, copy.id, from, "in_repair"))) {
      return refuse("not_on_shelf", { status: copy.status });
    }
    await audit(tx, actor, "copy.repair", `copy:${copy.id}`, { from });
    return ok({ title: copy.title.title });
  });
}

/**
 * Takes a repaired copy back (修好): it goes to the oldest queued hold on its title (hold
 * shelf; the reader is told) or back on the shelf. Desk staff only. Refusals: not_desk_staff,
 * unknown_copy, not_in_repair (also when another desk took it back first). Audited as
 * copy.repaired.
 */
export async function backFromRepair(
  lib: Library,
  actor: Actor,
  input: { barcode: string },
): Promise<Result<{ title: string; holdId?: number }, FromRepairRefusal>> {
  if (!(await isDeskStaff(lib, actor))) return refuse("not_desk_staff");
  type Back = Result<{ title: string; holdId?: number }, FromRepairRefusal>;
  return runTransaction(lib.db, async (tx): Promise<Back> => {
    const copy = await findCopyByBarcode(tx, input.barcode.trim());
    if (!copy) return refuse("unknown_copy");
    // Claim it first (in_repair → available), so two desks cannot both pass it on.
    if (!(await moveCopyStatus(tx, copy.id, "in_repair", "available"))) {
      return refuse("not_in_repair");
    }
    const hold = await passCopyOn(tx, lib, copy);
    await audit(tx, actor, "copy.repaired", `copy:${copy.id}`, hold ? { holdId: hold.holdId } : {});
    return ok({ title: copy.title.title, ...(hold ? { holdId: hold.holdId } : {}) });
  });
}
