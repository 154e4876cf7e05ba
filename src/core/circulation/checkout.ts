import type { Tx } from "../../db/client.ts";
import { findCopyByBarcode, moveCopyStatus } from "../../db/copy-repo.ts";
import { closeHoldIf, findActiveHoldOf, findReadyHoldOnCopy } from "../../db/hold-repo.ts";
import { countOpenLoans, createLoan } from "../../db/loan-repo.ts";
import { findPatronByCard } from "../../db/patron-repo.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import type { IsoDate } from "../dates.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import { isDeskStaff } from "./desk-staff.ts";
import { passCopyOn } from "./hold-shelf.ts";
import type { ReadyHold } from "./hold-shelf.ts";
import { cardRefusal, rulesFor } from "./rules.ts";
import { runTransaction } from "../../db/transact.ts";

export type CheckoutRefusal =
  | "not_desk_staff"
  | "unknown_card"
  | "unknown_copy"
  | "reference_only"
  | "card_not_issued"
  | "suspended"
  | "card_left"
  | "card_blocked"
  | "limit_reached"
  | "not_available"
  | "in_repair"
  | "held_for_other";

export interface CheckedOut {
  loanId: number;
  patronId: number;
  titleId: number;
  title: string;
  dueOn: IsoDate;
  /** Set when the reader's ready hold on another copy was released to the next reader. */
  nextHold?: ReadyHold;
}

type Copy = NonNullable<Awaited<ReturnType<typeof findCopyByBarcode>>>;

/** Takes the copy for this patron; the status guard makes parallel checkouts of a copy yield one loan. */
async function claimCopy(
  tx: Tx,
  copy: Copy,
  patronId: number,
): Promise<Result<null, "not_available" | "in_repair" | "held_for_other">> {
  if (copy.status === "in_repair") return refuse("in_repair");
  if (copy.status === "on_hold_shelf") {
    const hold = await findReadyHoldOnCopy(tx, copy.id);
    if (hold && hold.patronId !== patronId) return refuse("held_for_other");
  } else if (copy.status !== "available") {
    return refuse("not_available");
  }
  const taken = await moveCopyStatus(tx, copy.id, copy.status, "on_loan");
  return taken ? ok(null) : refuse("not_available");
}

/**
 * Marks the reader's own hold on the title collected: the ready one for this copy, or a queued
 * one when they take another copy from the shelf. A ready hold on a different copy is
 * collected too, and that copy passes to the next reader.
 */
async function collectHold(
  tx: Tx,
  lib: Library,
  patronId: number,
  copy: Copy,
): Promise<ReadyHold | undefined> {
  const hold = await findActiveHoldOf(tx, patronId, copy.titleId);
  if (!hold) return undefined;
  const closed = { status: "collected", closedAt: lib.now(), copyId: copy.id };
  await closeHoldIf(tx, hold.id, hold.status, closed);
  if (hold.status !== "ready" || hold.copyId === null || hold.copyId === copy.id) return undefined;
  return passCopyOn(tx, lib, { id: hold.copyId, titleId: copy.titleId });
}

/**
 * Lends a copy to the holder of a library card at the desk. Only desk staff (the librarian,
 * or a student librarian on duty now) may do it. The due date is `loanDays` of the reader's
 * role after today, moved off closed days. Refusals are checked in the order of
 * CheckoutRefusal; the whole checkout is one audited transaction.
 */
export async function checkout(
  lib: Library,
  actor: Actor,
  input: { cardNumber: string; barcode: string },
): Promise<Result<CheckedOut, CheckoutRefusal>> {
  if (!(await isDeskStaff(lib, actor))) return refuse("not_desk_staff");
  return runTransaction(lib.db, async (tx): Promise<Result<CheckedOut, CheckoutRefusal>> => {
    const patron = await findPatronByCard(tx, input.cardNumber.trim());
    if (!patron) return refuse("unknown_card");
    const copy = await findCopyByBarcode(tx, input.barcode.trim());
    if (!copy) return refuse("unknown_copy");
    if (copy.title.isReference) return refuse("reference_only");
    const card = cardRefusal(patron.status);
    if (card) return refuse(card);
    const rules = rulesFor(lib.policy, patron.role);
    if ((await countOpenLoans(tx, patron.id)) >= rules.maxLoans) {
      return refuse("limit_reached", { maxLoans: rules.maxLoans });
    }
    const claimed = await claimCopy(tx, copy, patron.id);
    if (!claimed.ok) return claimed;
    const dueOn = lib.calendar.dueDate(today(lib), rules.loanDays);
    const loan = await createLoan(tx, {
      copyId: copy.id,
      patronId: patron.id,
      issuedAt: lib.now(),
      dueOn,
    });
    const nextHold = await collectHold(tx, lib, patron.id, copy);
    await audit(tx, actor, "loan.checkout", `loan:${loan.id}`, {
      copyId: copy.id,
      patronId: patron.id,
      dueOn,
    });
    const done = { loanId: loan.id, patronId: patron.id, titleId: copy.titleId, dueOn };
    return ok({ ...done, title: copy.title.title, ...(nextHold ? { nextHold } : {}) });
  });
}
