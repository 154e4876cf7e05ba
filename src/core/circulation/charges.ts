import { createCharge, findCharge, settleChargeIf } from "../../db/charge-repo.ts";
import type { Tx } from "../../db/client.ts";
import { findCopyByBarcode, setCopyStatus } from "../../db/copy-repo.ts";
import { closeLoan, findOpenLoanOfCopy } from "../../db/loan-repo.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import type { ReadyHold } from "./hold-shelf.ts";
import { liftSuspensionIfClear } from "./suspension.ts";
import { runTransaction } from "../../db/transact.ts";

export type WriteOffRefusal =
  "not_librarian" | "unknown_copy" | "not_on_loan" | "invalid_amount" | "no_price";

export interface WrittenOff {
  loanId: number;
  title: string;
  patronId: number;
  chargeId: number;
  amountCents: number;
  /** True when closing this loan cleared the reader's last overdue loan. */
  suspensionLifted: boolean;
  /** The reader's own holds served from the shelf when the suspension ended. */
  readyAfterLift?: ReadyHold[];
}

/**
 * Closes the open loan of a copy that will not come back as it left, sets the copy's status
 * and charges the borrower. A charge of 0 (repaired at no cost) is recorded as waived, so the
 * history still shows who had the copy. Without an amount the charge is the copy's list price;
 * a copy with no list price is refused `no_price` (nothing written), so nobody is charged ¥0
 * by accident.
 */
async function writeOff(
  lib: Library,
  actor: Actor,
  input: { barcode: string; kind: "lost" | "damaged"; amountCents?: number | undefined },
): Promise<Result<WrittenOff, WriteOffRefusal>> {
  if (!actor.isLibrarian) return refuse("not_librarian");
  const amount = input.amountCents;
  if (amount !== undefined && !(Number.isInteger(amount) && amount >= 0)) {
    return refuse("invalid_amount");
  }
  return runTransaction(lib.db, async (tx): Promise<Result<WrittenOff, WriteOffRefusal>> => {
    const copy = await findCopyByBarcode(tx, input.barcode.trim());
    if (!copy) return refuse("unknown_copy");
    const loan = await findOpenLoanOfCopy(tx, copy.id);
    if (!loan) return refuse("not_on_loan");
    if (amount === undefined && copy.priceCents === 0) return refuse("no_price");
    if (!(await closeLoan(tx, loan.id, lib.now()))) return refuse("not_on_loan");
    await setCopyStatus(tx, copy.id, input.kind);
    const amountCents = amount ?? copy.priceCents;
    const charge = await chargeFor(tx, lib, {
      patronId: loan.patronId,
      copyId: copy.id,
      loanId: loan.id,
      kind: input.kind,
      amountCents,
    });
    const lift = await liftSuspensionIfClear(tx, lib, actor, loan.patronId);
    await audit(tx, actor, `copy.${input.kind}`, `copy:${copy.id}`, {
      loanId: loan.id,
      chargeId: charge.id,
      amountCents,
    });
    const { patronId } = loan;
    return ok({
      loanId: loan.id,
      title: copy.title.title,
      patronId,
      chargeId: charge.id,
      amountCents,
      suspensionLifted: lift.lifted,
      ...(lift.ready.length > 0 ? { readyAfterLift: lift.ready } : {}),
    });
  });
}

function chargeFor(
  tx: Tx,
  lib: Library,
  c: { patronId: number; copyId: number; loanId: number; kind: string; amountCents: number },
) {
  const free = c.amountCents === 0;
  return createCharge(tx, {
    ...c,
    status: free ? "waived" : "open",
    createdAt: lib.now(),
    settledAt: free ? lib.now() : null,
  });
}

/**
 * Librarian only. A borrowed copy is lost: its loan closes, the copy becomes lost, and the
 * borrower owes its list price (照价赔偿, Copy.priceCents), or `amountCents` when given. Closing the loan may end a
 * suspension like a return does, since the charge now stands for the book.
 */
export function declareLost(
  lib: Library,
  actor: Actor,
  input: { barcode: string; amountCents?: number },
): Promise<Result<WrittenOff, WriteOffRefusal>> {
  return writeOff(lib, actor, { ...input, kind: "lost" });
}

/**
 * Librarian only, at the desk instead of a plain return: a borrowed copy came back damaged.
 * The loan closes, the copy becomes damaged (it does not go to the hold queue) and the
 * borrower is charged `amountCents`, by default the list price; 0 when it can be repaired.
 */
export function declareDamaged(
  lib: Library,
  actor: Actor,
  input: { barcode: string; amountCents?: number },
): Promise<Result<WrittenOff, WriteOffRefusal>> {
  return writeOff(lib, actor, { ...input, kind: "damaged" });
}

export type SettleRefusal = "not_librarian" | "unknown_charge" | "not_open";

/** Librarian only: an open charge is paid or waived; a settled charge cannot change again. */
export async function settleCharge(
  lib: Library,
  actor: Actor,
  chargeId: number,
  outcome: "paid" | "waived",
): Promise<Result<{ chargeId: number; status: "paid" | "waived" }, SettleRefusal>> {
  if (!actor.isLibrarian) return refuse("not_librarian");
  return runTransaction(lib.db, async (tx) => {
    const charge = await findCharge(tx, chargeId);
    if (!charge) return refuse("unknown_charge");
    if (!(await settleChargeIf(tx, charge.id, outcome, lib.now()))) return refuse("not_open");
    await audit(tx, actor, "charge.settle", `charge:${charge.id}`, { outcome });
    return ok({ chargeId: charge.id, status: outcome });
  });
}
