import {
  findOpenHoldsOfPatrons,
  findOpenLoansOfPatrons,
  findPatronsWithClass,
} from "../../db/patron-summary-repo.ts";
import type { OpenHoldRow, OpenLoanRow, PatronRow } from "../../db/patron-summary-repo.ts";
import type { Actor } from "../actor.ts";
import { daysBetween } from "../dates.ts";
import type { IsoDate } from "../dates.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";
import type { Policy } from "../policy.ts";
import { renewalBlock } from "../circulation/renewal-rule.ts";
import type { RenewBlock } from "../circulation/renewal-rule.ts";
import { overdueLevel, rulesFor } from "../circulation/rules.ts";

export interface LoanLine {
  loanId: number;
  titleId: number;
  title: string;
  barcode: string;
  dueOn: IsoDate;
  /** Days until due; negative when late. */
  daysLeft: number;
  overdueLevel: number;
  renewalsLeft: number;
  /** Why it cannot be renewed today (the renewal's own rule), or null when it can. */
  renewBlock: RenewBlock | null;
}

export type HoldLine =
  | { holdId: number; titleId: number; title: string; status: "queued"; position: number }
  | { holdId: number; titleId: number; title: string; status: "ready"; pickupBy: IsoDate };

export interface PatronSummary {
  patronId: number;
  name: string;
  className: string | null;
  status: string;
  /** Open charges for lost or damaged books, in cents (0 when none). */
  owedCents: number;
  loans: LoanLine[];
  holds: HoldLine[];
}

function holdLines(holds: OpenHoldRow[]): HoldLine[] {
  const lines = holds.map((h): HoldLine => {
    const base = { holdId: h.id, titleId: h.titleId, title: h.title };
    return h.status === "ready"
      ? { ...base, status: "ready", pickupBy: h.pickupBy ?? "" }
      : { ...base, status: "queued", position: h.position ?? 0 };
  });
  // Ready holds first: they are the ones the reader must act on.
  return [
    ...lines.filter((l) => l.status === "ready"),
    ...lines.filter((l) => l.status === "queued"),
  ];
}

function loanLine(policy: Policy, day: IsoDate, p: PatronRow, l: OpenLoanRow): LoanLine {
  const facts = { ...l, cardStatus: p.status, role: p.role };
  return {
    loanId: l.id,
    titleId: l.titleId,
    title: l.title,
    barcode: l.barcode,
    dueOn: l.dueOn,
    daysLeft: daysBetween(day, l.dueOn),
    overdueLevel: overdueLevel(policy, l.dueOn, day),
    renewalsLeft: Math.max(0, rulesFor(policy, p.role).maxRenewals - l.renewals),
    renewBlock: renewalBlock(policy, day, facts),
  };
}

/**
 * "我的 / mine": for each patron the actor may act for (self and children, in binding order),
 * open loans with days left, the overdue level and whether (or why not) they may be renewed
 * as of today, by the renewal's own rule, and queued or ready holds with
 * queue position or pickup date. Only actor.patronIds are read, so no other family appears
 * (other readers' holds are only counted for the positions). Three reads, one of each kind.
 */
export async function patronSummary(lib: Library, actor: Actor): Promise<PatronSummary[]> {
  const ids = [...new Set(actor.patronIds)];
  if (ids.length === 0) return [];
  const [patrons, loans, holds] = await Promise.all([
    findPatronsWithClass(lib.db, ids),
    findOpenLoansOfPatrons(lib.db, ids),
    findOpenHoldsOfPatrons(lib.db, ids),
  ]);
  const day = today(lib);
  const byId = new Map(patrons.map((p) => [p.id, p]));
  return ids.flatMap((id) => {
    const p = byId.get(id);
    if (!p) return [];
    const summary: PatronSummary = {
      patronId: id,
      name: p.name,
      className: p.className,
      status: p.status,
      owedCents: p.owedCents,
      loans: loans.filter((l) => l.patronId === id).map((l) => loanLine(lib.policy, day, p, l)),
      holds: holdLines(holds.filter((h) => h.patronId === id)),
    };
    return [summary];
  });
}
