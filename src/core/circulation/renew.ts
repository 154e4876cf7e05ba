import { hasServableHoldByOther } from "../../db/hold-repo.ts";
import { extendLoanIf, findLoanForRenewal } from "../../db/loan-repo.ts";
import { runTransaction } from "../../db/transact.ts";
import { canActFor } from "../actor.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import type { IsoDate } from "../dates.ts";
import { CoreError } from "../errors.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import { renewalBlock } from "./renewal-rule.ts";
import type { RenewRefused } from "./renewal-rule.ts";
import { rulesFor } from "./rules.ts";

export interface Renewed {
  loanId: number;
  dueOn: IsoDate;
}

async function tryRenew(
  lib: Library,
  actor: Actor,
  loanId: number,
): Promise<RenewOutcome | "conflict"> {
  return runTransaction(lib.db, async (tx) => {
    const loan = await findLoanForRenewal(tx, loanId);
    if (!loan || loan.returnedAt !== null || !canActFor(actor, loan.patronId)) {
      return refuse("not_yours");
    }
    const heldByOther = await hasServableHoldByOther(tx, loan.copy.titleId, loan.patronId);
    const block = renewalBlock(lib.policy, today(lib), {
      cardStatus: loan.patron.status,
      role: loan.patron.role,
      dueOn: loan.dueOn,
      renewals: loan.renewals,
      heldByOther,
    });
    if (block) return block;
    const dueOn = lib.calendar.dueDate(
      loan.dueOn,
      rulesFor(lib.policy, loan.patron.role).renewDays,
    );
    if (!(await extendLoanIf(tx, loan.id, loan.renewals, dueOn))) return "conflict" as const;
    await audit(tx, actor, "loan.renew", `loan:${loan.id}`, { from: loan.dueOn, to: dueOn });
    return ok({ loanId: loan.id, dueOn });
  });
}

/** A renewal: the new due date, or the refusal with its details. */
export type RenewOutcome = { ok: true; value: Renewed } | RenewRefused;

/**
 * Renews one open loan for `renewDays` of the reader's role, counted from the current due
 * date and moved off closed days. Refuses not_yours for an unknown, returned or foreign loan
 * (so ids cannot be probed), then whatever `renewalBlock` says: the card's state, overdue
 * (with the days late), on_hold, too_many, too_soon (with the first day it may be renewed).
 */
export async function renewLoan(lib: Library, actor: Actor, loanId: number): Promise<RenewOutcome> {
  // A renewal only conflicts when another process renewed or returned the loan in between;
  // running it again gives the answer a serial run would have given.
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = await tryRenew(lib, actor, loanId);
    if (result !== "conflict") return result;
  }
  throw new CoreError("renewal kept conflicting", { loanId });
}
