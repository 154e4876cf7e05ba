import { findCopyByBarcode, moveCopyStatus } from "../../db/copy-repo.ts";
import {
  closeCornerLoan,
  countOpenCornerLoans,
  createCornerBatch,
  createCornerLoan,
  findClassByName,
  findCornerBatch,
  findOpenCornerLoanOfCopy,
} from "../../db/corner-repo.ts";
import { runTransaction } from "../../db/transact.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import { isDeskStaff } from "../circulation/desk-staff.ts";
import { passCopyOn } from "../circulation/hold-shelf.ts";
import { isIsoDate } from "../dates.ts";
import type { IsoDate } from "../dates.ts";
import { parseClassName } from "../imports/grades.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";

export type OpenBatchRefusal = "not_desk_staff" | "unknown_class" | "bad_date" | "no_term_end";
export type LendRefusal =
  | "not_desk_staff"
  | "unknown_batch"
  | "unknown_copy"
  | "reference_only"
  | "in_corner"
  | "not_available";
export type CornerReturnRefusal = "not_desk_staff" | "unknown_copy" | "not_in_corner";

export interface CornerReturned {
  title: string;
  className: string;
  /** Copies of the same batch still in the class corner. */
  stillOut: number;
  /** The hold the copy was set aside for: its reader is told. */
  holdId?: number;
}

export interface CornerBatchOpened {
  batchId: number;
  className: string;
  dueOn: IsoDate;
}

/** The current term's last open day: a corner batch's default due date. */
function termEndOf(lib: Library, date: IsoDate): IsoDate | undefined {
  const term = lib.calendar.termOf(date);
  return term && lib.calendar.openOnOrBefore(term.endsOn);
}

/**
 * Starts a batch of copies lent to a class (集体借阅, 班级图书角): due on `dueOn` (today or
 * later) or, by default, the current term's last open day. The class's teachers answer for it.
 * Desk staff only (the librarian, a 小管 on duty). Refusals: not_desk_staff, unknown_class,
 * bad_date (not a date, or past), no_term_end (no date given and today is in no term).
 */
export async function openCornerBatch(
  lib: Library,
  actor: Actor,
  input: { className: string; dueOn?: string },
): Promise<Result<CornerBatchOpened, OpenBatchRefusal>> {
  if (!(await isDeskStaff(lib, actor))) return refuse("not_desk_staff");
  const name = parseClassName(input.className)?.name;
  if (!name) return refuse("unknown_class");
  const day = today(lib);
  if (input.dueOn !== undefined && !(isIsoDate(input.dueOn) && input.dueOn >= day)) {
    return refuse("bad_date");
  }
  const dueOn = input.dueOn ?? termEndOf(lib, day);
  if (dueOn === undefined) return refuse("no_term_end");
  return runTransaction(
    lib.db,
    async (tx): Promise<Result<CornerBatchOpened, OpenBatchRefusal>> => {
      const cls = await findClassByName(tx, name);
      if (!cls) return refuse("unknown_class");
      const createdBy = actor.memberId ?? null;
      const batch = await createCornerBatch(tx, {
        classId: cls.id,
        dueOn,
        createdBy,
        createdAt: lib.now(),
      });
      await audit(tx, actor, "corner.open", `corner:${batch.id}`, { classId: cls.id, dueOn });
      return ok({ batchId: batch.id, className: cls.name, dueOn });
    },
  );
}

/**
 * Lends one scanned copy to a batch's class. Only a copy on the shelf: the status moves from
 * available to in_corner in a conditional update, so two desks scanning one copy make one
 * corner loan (the second is refused in_corner). Reference books never leave the library.
 * Refusals: not_desk_staff, unknown_batch, unknown_copy, reference_only, in_corner (already
 * in a class corner), not_available (on loan, set aside for a hold, lost…).
 */
export async function lendToCorner(
  lib: Library,
  actor: Actor,
  input: { batchId: number; barcode: string },
): Promise<Result<{ title: string; lent: number }, LendRefusal>> {
  if (!(await isDeskStaff(lib, actor))) return refuse("not_desk_staff");
  type Lent = Result<{ title: string; lent: number }, LendRefusal>;
  return runTransaction(lib.db, async (tx): Promise<Lent> => {
    const batch = await findCornerBatch(tx, input.batchId);
    if (!batch) return refuse("unknown_batch");
    const copy = await findCopyByBarcode(tx, input.barcode.trim());
    if (!copy) return refuse("unknown_copy");
    if (copy.title.isReference) return refuse("reference_only");
    if (copy.status === "in_corner") return refuse("in_corner");
    if (!(await moveCopyStatus(tx, copy.id, "available", "in_corner"))) {
      return refuse(copy.status === "available" ? "in_corner" : "not_available");
    }
    const loan = await createCornerLoan(tx, {
      batchId: batch.id,
      copyId: copy.id,
      issuedAt: lib.now(),
    });
    await audit(tx, actor, "corner.lend", `corner-loan:${loan.id}`, {
      batchId: batch.id,
      copyId: copy.id,
    });
    return ok({ title: copy.title.title, lent: await countOpenCornerLoans(tx, batch.id) });
  });
}

/**
 * Takes a class-corner copy back by its barcode: the corner loan closes and the copy goes to
 * the oldest queued hold on its title (hold shelf) or back on the shelf, like any return.
 * Refusals: not_desk_staff, unknown_copy, not_in_corner (also when another desk took it back
 * first).
 */
export async function returnFromCorner(
  lib: Library,
  actor: Actor,
  input: { barcode: string },
): Promise<Result<CornerReturned, CornerReturnRefusal>> {
  if (!(await isDeskStaff(lib, actor))) return refuse("not_desk_staff");
  type Back = Result<CornerReturned, CornerReturnRefusal>;
  return runTransaction(lib.db, async (tx): Promise<Back> => {
    const copy = await findCopyByBarcode(tx, input.barcode.trim());
    if (!copy) return refuse("unknown_copy");
    const loan = await findOpenCornerLoanOfCopy(tx, copy.id);
    if (!loan || !(await closeCornerLoan(tx, loan.id, lib.now()))) return refuse("not_in_corner");
    const hold = await passCopyOn(tx, lib, copy);
    await audit(tx, actor, "corner.return", `corner-loan:${loan.id}`, {
      copyId: copy.id,
      ...(hold ? { holdId: hold.holdId } : {}),
    });
    return ok({
      title: copy.title.title,
      className: loan.batch.class.name,
      stillOut: await countOpenCornerLoans(tx, loan.batchId),
      ...(hold ? { holdId: hold.holdId } : {}),
    });
  });
}
