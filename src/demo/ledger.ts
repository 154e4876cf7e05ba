import { overdueLevel, rulesFor } from "../core/circulation/rules.ts";
import { addDays } from "../core/dates.ts";
import type { IsoDate } from "../core/dates.ts";
import type { Policy } from "../core/policy.ts";
import type { DemoHoldRow, DemoLoanRow } from "../db/demo-rows.ts";
import type { DemoCopy } from "./copies.ts";
import type { DemoDays } from "./days.ts";
import { hashString } from "./random.ts";
import type { Rng } from "./random.ts";
import type { DemoPerson } from "./school.ts";
import type { DemoTitle } from "./titles.ts";

/**
 * The open loans and holds being planned, with the bookkeeping that keeps them inside the
 * rules: loan and hold limits per role, no loans on a suspended or unissued card, no reference
 * book leaving the library, never two loans or holds of one title by one reader.
 */
export class Ledger {
  readonly loans: DemoLoanRow[] = [];
  readonly holds: DemoHoldRow[] = [];
  private readonly open = new Map<string, number>();
  private readonly held = new Map<string, number>();
  private readonly mine = new Map<string, Set<string>>();
  /** Titles a scripted demo loan must keep free of holds (so it stays renewable). */
  readonly noHolds = new Set<string>();

  constructor(
    readonly policy: Policy,
    readonly days: DemoDays,
    private readonly lendable: readonly DemoCopy[],
  ) {}

  openLoansOf(p: DemoPerson): number {
    return this.open.get(p.cardNumber) ?? 0;
  }

  has(p: DemoPerson, t: DemoTitle): boolean {
    return this.mine.get(p.cardNumber)?.has(t.isbn) ?? false;
  }

  canBorrow(p: DemoPerson): boolean {
    return p.status === "active" && this.openLoansOf(p) < rulesFor(this.policy, p.role).maxLoans;
  }

  canHold(p: DemoPerson, t: DemoTitle): boolean {
    const max = rulesFor(this.policy, p.role).maxHolds;
    return p.status === "active" && (this.held.get(p.cardNumber) ?? 0) < max && !this.has(p, t);
  }

  private note(p: DemoPerson, t: DemoTitle): void {
    const set = this.mine.get(p.cardNumber) ?? new Set<string>();
    set.add(t.isbn);
    this.mine.set(p.cardNumber, set);
  }

  /**
   * An available copy of a title `p` does not have yet and that is not in `avoid`, suited to
   * their grade when one turns up quickly.
   */
  freeCopyFor(rng: Rng, p: DemoPerson, avoid?: ReadonlySet<string>): DemoCopy | undefined {
    const fits = (c: DemoCopy) =>
      c.status === "available" && !this.has(p, c.title) && !avoid?.has(c.isbn);
    const suits = (c: DemoCopy) =>
      p.grade === null || (c.title.gradeMin <= p.grade && p.grade <= c.title.gradeMax);
    for (let i = 0; i < 40 && this.lendable.length > 0; i++) {
      const c = rng.pick(this.lendable);
      if (fits(c) && (i >= 30 || suits(c))) return c;
    }
    return this.lendable.find(fits);
  }

  /**
   * Lends `copy` to `p`, due on `dueOn`, as if issued `loanDays` (plus a renewal) before. An
   * overdue loan carries the level it has reached; at level 3 the card is suspended (以停代金).
   */
  lend(p: DemoPerson, copy: DemoCopy, dueOn: IsoDate, renewals = 0): DemoLoanRow {
    const rules = rulesFor(this.policy, p.role);
    const back = rules.loanDays + renewals * rules.renewDays;
    const issuedOn = this.days.openOnOrBefore(addDays(dueOn, -back));
    const level = overdueLevel(this.policy, dueOn, this.days.today);
    const loan: DemoLoanRow = {
      barcode: copy.barcode,
      cardNumber: p.cardNumber,
      issuedAt: this.days.atOrNow(issuedOn, 8 * 60 + (hashString(copy.barcode + dueOn) % 480)),
      dueOn,
      renewals,
      returnedAt: null,
      overdueLevel: level,
    };
    copy.status = "on_loan";
    this.loans.push(loan);
    this.open.set(p.cardNumber, this.openLoansOf(p) + 1);
    this.note(p, copy.title);
    if (level === 3 && p.status === "active") {
      p.status = "suspended";
      const reached = addDays(dueOn, this.policy.overdueLevelDays[2]);
      p.suspendedAt = this.days.atOrNow(reached, 17 * 60 + 30);
    }
    return loan;
  }

  /** A queued hold placed at `placedAt` (queue order is placedAt, then insertion order). */
  queue(p: DemoPerson, t: DemoTitle, placedAt: Date): void {
    this.holds.push({
      isbn: t.isbn,
      cardNumber: p.cardNumber,
      status: "queued",
      barcode: null,
      placedAt,
      readyAt: null,
      pickupBy: null,
    });
    this.held.set(p.cardNumber, (this.held.get(p.cardNumber) ?? 0) + 1);
    this.note(p, t);
  }

  /**
   * A hold that became ready on `readyOn` (the copy waits on the hold shelf), to be picked up
   * within the policy's open days.
   */
  ready(p: DemoPerson, copy: DemoCopy, readyOn: IsoDate, placedOn: IsoDate): void {
    const pickupBy = this.days.calendar.addOpenDays(readyOn, this.policy.holdPickupOpenDays);
    this.holds.push({
      isbn: copy.isbn,
      cardNumber: p.cardNumber,
      status: "ready",
      barcode: copy.barcode,
      placedAt: this.days.at(placedOn, 12 * 60),
      readyAt: this.days.atOrNow(readyOn, 15 * 60 + 30),
      pickupBy,
    });
    copy.status = "on_hold_shelf";
    this.held.set(p.cardNumber, (this.held.get(p.cardNumber) ?? 0) + 1);
    this.note(p, copy.title);
  }
}
