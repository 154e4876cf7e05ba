import { findOpenLoansBelowLevel, setOverdueLevel } from "../../db/loan-repo.ts";
import { findActivePatronsWithLoansDueBy } from "../../db/card-repo.ts";
import { movePatronsStatus } from "../../db/patron-repo.ts";
import { systemActor } from "../actor.ts";
import { audit } from "../audit.ts";
import { addDays } from "../dates.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";
import { overdueLevel } from "./rules.ts";
import { runTransaction } from "../../db/transact.ts";

export interface LevelChange {
  loanId: number;
  patronId: number;
  level: 1 | 2 | 3;
}

/**
 * Scheduled job (system, daily): raises Loan.overdueLevel of every open loan whose due date
 * has reached a higher level (see overdueLevel) and reports each rise once, for the notices.
 * Active patrons with a loan `policy.suspendAfterOverdueDays` late (default 14, level 3; 0: any
 * overdue loan) are suspended (以停代金). Set-based: one read of
 * the loans that rose, one update per level, one suspension update and one audit row —
 * whatever the school size.
 */
export async function applyOverdueLevels(
  lib: Library,
): Promise<{ changes: LevelChange[]; suspended: number[] }> {
  const on = today(lib);
  const days = lib.policy.overdueLevelDays;
  const cutoffs = [addDays(on, -days[0]), addDays(on, -days[1]), addDays(on, -days[2])] as const;
  return runTransaction(lib.db, async (tx) => {
    const risen = await findOpenLoansBelowLevel(tx, cutoffs);
    const changes: LevelChange[] = [];
    for (const loan of risen) {
      const level = overdueLevel(lib.policy, loan.dueOn, on);
      if (level === 0) continue;
      changes.push({ loanId: loan.id, patronId: loan.patronId, level });
    }
    for (const level of [1, 2, 3] as const) {
      const ids = changes.filter((c) => c.level === level).map((c) => c.loanId);
      await setOverdueLevel(tx, ids, level);
    }
    const suspendBy = addDays(on, -Math.max(1, lib.policy.suspendAfterOverdueDays));
    const late = await findActivePatronsWithLoansDueBy(tx, suspendBy);
    const suspended = await movePatronsStatus(tx, late, "active", "suspended", lib.now());
    if (changes.length > 0 || suspended.length > 0) {
      await audit(tx, systemActor, "loan.overdue_levels", "", {
        changed: changes.length,
        suspended,
      });
    }
    return { changes, suspended };
  });
}
