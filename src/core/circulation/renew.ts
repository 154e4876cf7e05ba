import type { Tx } from "../../db/client.ts";
import { hasServableHoldByOther } from "../../db/hold-repo.ts";
import { extendLoanIf, findLoanForRenewal, findOpenLoansOfPatron } from "../../db/loan-repo.ts";
import { canActFor } from "../actor.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import { daysBetween } from "../dates.ts";
import type { IsoDate } from "../dates.ts";
import { CoreError } from "../errors.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import { cardRefusal, rulesFor } from "./rules.ts";
import { runTransaction } from "../../db/transact.ts";

export type RenewRefusal =
  | "not_yours"
  | "card_not_issued"
  | "suspended"
  | "card_left"
  | "card_blocked"
  | "overdue"
  | "on_hold"
  | "too_many"
  | "too_soon";

export interface Renewed {
  loanId: number;
  dueOn: IsoDate;
}

type Loan = NonNullable<Awaited<ReturnType<typeof findLoanForRenewal>>>;

async function renewalRefusal(
  tx: Tx,
  lib: Library,
  loan: Loan,
): Promise<Exclude<RenewRefusal, "not_yours"> | null> {
  const { status, role } = loan.patron;
  const card = cardRefusal(status);
  if (card) return card;
  const now = today(lib);
  if (loan.dueOn < now) return "overdue";
  if (await hasServableHoldByOther(tx, loan.copy.titleId, loan.patronId)) return "on_hold";
  if (loan.renewals >= rulesFor(lib.policy, role).maxRenewals) return "too_many";
  if (daysBetween(now, loan.dueOn) > lib.policy.renewWithinDays) return "too_soon";
  return null;
}

async function tryRenew(
  lib: Library,
  actor: Actor,
  loanId: number,
): Promise<Result<Renewed, RenewRefusal> | "conflict"> {
  return runTransaction(lib.db, async (tx) => {
    const loan = await findLoanForRenewal(tx, loanId);
    if (!loan || loan.returnedAt !== null || !canActFor(actor, loan.patronId)) {
      return refuse("not_yours");
    }
    const refusal = await renewalRefusal(tx, lib, loan);
    if (refusal) return refuse(refusal);
    const dueOn = lib.calendar.dueDate(
      loan.dueOn,
      rulesFor(lib.policy, loan.patron.role).renewDays,
    );
    if (!(await extendLoanIf(tx, loan.id, loan.renewals, dueOn))) return "conflict" as const;
    await audit(tx, actor, "loan.renew", `loan:${loan.id}`, { from: loan.dueOn, to: dueOn });
    return ok({ loanId: loan.id, dueOn });
  });
}

/**
 * Renews one open loan for `renewDays` of the reader's role, counted from the current due
 * date and moved off closed days. Refusals, checked in this order: not_yours (also for an
 * unknown or already returned loan, so ids cannot be probed), card_not_issued, suspended
 * or card_left (the card's state), overdue (due date passed), on_hold (another
 * reader has a queued hold on the title), too_many (renewals used up), too_soon (due more
 * than `renewWithinDays` days away).
 */
export async function renewLoan(
  lib: Library,
  actor: Actor,
  loanId: number,
): Promise<Result<Renewed, RenewRefusal>> {
  // A renewal only conflicts when another process renewed or returned the loan in between;
  // running it again gives the answer a serial run would have given.
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = await tryRenew(lib, actor, loanId);
    if (result !== "conflict") return result;
  }
  throw new CoreError("renewal kept conflicting", { loanId });
}

export interface RenewAllItem {
  loanId: number;
  title: string;
  result: Result<Renewed, RenewRefusal>;
}

/**
 * Tries to renew every open loan of a patron the actor may act for, each on its own (one
 * refusal does not stop the others), in due-date order. Refuses not_yours for any other
 * patron, known or not.
 */
export async function renewAll(
  lib: Library,
  actor: Actor,
  patronId: number,
): Promise<Result<RenewAllItem[], "not_yours">> {
  if (!canActFor(actor, patronId)) return refuse("not_yours");
  const loans = await findOpenLoansOfPatron(lib.db, patronId);
  const items: RenewAllItem[] = [];
  for (const loan of loans) {
    const result = await renewLoan(lib, actor, loan.id);
    items.push({ loanId: loan.id, title: loan.copy.title.title, result });
  }
  return ok(items);
}
