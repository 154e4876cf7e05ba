import { rulesFor } from "../core/circulation/rules.ts";
import { dueWindow } from "./due-windows.ts";
import type { LoanState } from "./due-windows.ts";
import type { Ledger } from "./ledger.ts";
import type { Rng } from "./random.ts";
import type { DemoPerson } from "./school.ts";

/** Share of pupils in each state, in order; the rest borrow nothing at the moment. */
const pupilStates: readonly (readonly [number, LoanState[]])[] = [
  [0.32, ["later"]],
  [0.1, ["later", "later"]],
  [0.08, ["due_soon"]],
  [0.03, ["due_soon", "later"]],
  [0.05, ["level1"]],
  [0.03, ["level2"]],
  [0.02, ["level3"]],
];

function statesOf(rng: Rng): LoanState[] {
  let r = rng.next();
  for (const [share, states] of pupilStates) {
    r -= share;
    if (r < 0) return states;
  }
  return [];
}

/** Lends `p` one copy in `state`; false when no copy is left or `p` may not borrow more. */
export function lendInState(ledger: Ledger, rng: Rng, p: DemoPerson, state: LoanState): boolean {
  if (!ledger.canBorrow(p)) return false;
  const copy = ledger.freeCopyFor(rng, p);
  if (!copy) return false;
  const rules = rulesFor(ledger.policy, p.role);
  const w = dueWindow(ledger.policy, ledger.days, state, rules.loanDays);
  const renewals = state === "later" && rules.maxRenewals > 0 && rng.chance(0.15) ? 1 : 0;
  ledger.lend(p, copy, ledger.days.pickOpen(rng, w.lo, w.hi), renewals);
  return true;
}

/**
 * Open loans of everyone the cast leaves alone: about half the pupils hold one or two books,
 * some due soon, some overdue at levels 1–3 (level 3 suspends the card); most teachers hold a
 * few. Cards that cannot borrow (not issued) get none, and no one exceeds their role's limit.
 */
export function planOpenLoans(
  ledger: Ledger,
  rng: Rng,
  people: { pupils: readonly DemoPerson[]; teachers: readonly DemoPerson[]; reserved: Set<string> },
): void {
  for (const p of people.pupils) {
    const states = statesOf(rng);
    if (people.reserved.has(p.cardNumber)) continue;
    for (const s of states) lendInState(ledger, rng, p, s);
  }
  for (const t of people.teachers) {
    const n = rng.chance(0.6) ? rng.int(1, 3) : 0;
    for (let i = 0; i < n; i++) lendInState(ledger, rng, t, rng.chance(0.2) ? "due_soon" : "later");
  }
  for (const p of people.pupils) {
    if (p.isStudentLibrarian && p.status === "active" && rng.chance(0.5)) {
      lendInState(ledger, rng, p, "later");
    }
  }
}
