import { findCopyByBarcode } from "../../db/copy-repo.ts";
import { closeLoan, findOpenLoanOfCopy } from "../../db/loan-repo.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import { daysBetween } from "../dates.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import { isDeskStaff } from "./desk-staff.ts";
import { passCopyOn } from "./hold-shelf.ts";
import type { ReadyHold } from "./hold-shelf.ts";
import { liftSuspensionIfClear } from "./suspension.ts";
import { runTransaction } from "../../db/transact.ts";

export type ReturnRefusal = "not_desk_staff" | "unknown_copy" | "not_on_loan";

export interface Returned {
  loanId: number;
  patronId: number;
  titleId: number;
  title: string;
  /** Days past the due date, 0 when on time. */
  daysLate: number;
  /** The hold this copy was set aside for; the notices job tells that reader. */
  hold?: ReadyHold;
  /** True when this return cleared the reader's last overdue loan and ended a suspension. */
  suspensionLifted: boolean;
  /** The reader's own holds served from the shelf when the suspension ended. */
  readyAfterLift?: ReadyHold[];
}

/**
 * Takes a copy back at the desk (desk staff only, like checkout). In one transaction: the
 * loan closes; the copy goes to the oldest queued hold on its title (hold shelf, ready with a
 * pickup date) or back on the shelf; a suspended reader is reinstated when no loan of theirs
 * is still overdue at any level, and their queued holds served (see liftSuspensionIfClear).
 */
export async function returnCopy(
  lib: Library,
  actor: Actor,
  input: { barcode: string },
): Promise<Result<Returned, ReturnRefusal>> {
  if (!(await isDeskStaff(lib, actor))) return refuse("not_desk_staff");
  return runTransaction(lib.db, async (tx): Promise<Result<Returned, ReturnRefusal>> => {
    const copy = await findCopyByBarcode(tx, input.barcode.trim());
    if (!copy) return refuse("unknown_copy");
    const loan = await findOpenLoanOfCopy(tx, copy.id);
    if (!loan || !(await closeLoan(tx, loan.id, lib.now()))) return refuse("not_on_loan");
    const hold = await passCopyOn(tx, lib, copy);
    const lift = await liftSuspensionIfClear(tx, lib, actor, loan.patronId);
    const daysLate = Math.max(0, daysBetween(loan.dueOn, today(lib)));
    await audit(tx, actor, "loan.return", `loan:${loan.id}`, {
      copyId: copy.id,
      daysLate,
      ...(hold ? { holdId: hold.holdId } : {}),
    });
    return ok({
      loanId: loan.id,
      patronId: loan.patronId,
      titleId: copy.titleId,
      title: copy.title.title,
      daysLate,
      ...(hold ? { hold } : {}),
      suspensionLifted: lift.lifted,
      ...(lift.ready.length > 0 ? { readyAfterLift: lift.ready } : {}),
    });
  });
}
