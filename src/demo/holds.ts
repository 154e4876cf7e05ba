import { rulesFor } from "../core/circulation/rules.ts";
import type { DemoCopy } from "./copies.ts";
import type { Cast } from "./cast.ts";
import { castTitles } from "./cast.ts";
import type { Ledger } from "./ledger.ts";
import { dueWindow } from "./due-windows.ts";
import type { Rng } from "./random.ts";
import type { DemoPerson } from "./school.ts";
import type { DemoTitle } from "./titles.ts";

interface HoldContext {
  ledger: Ledger;
  rng: Rng;
  pupils: readonly DemoPerson[];
  cast: Cast;
}

/** A random pupil outside the cast for whom `ok` holds, or undefined after enough tries. */
function someone(c: HoldContext, ok: (p: DemoPerson) => boolean): DemoPerson | undefined {
  for (let i = 0; i < 200; i++) {
    const p = c.rng.pick(c.pupils);
    if (!c.cast.reserved.has(p.cardNumber) && ok(p)) return p;
  }
  return undefined;
}

/** Lends out every copy still on the shelf; true when none is left. */
function lendAllCopies(c: HoldContext, copies: readonly DemoCopy[]): boolean {
  for (const copy of copies) {
    if (copy.status !== "available") continue;
    const p = someone(c, (x) => c.ledger.canBorrow(x) && !c.ledger.has(x, copy.title));
    if (!p) return false;
    const { policy, days } = c.ledger;
    const w = dueWindow(policy, days, "later", rulesFor(policy, p.role).loanDays);
    c.ledger.lend(p, copy, days.pickOpen(c.rng, w.lo, w.hi));
  }
  return copies.every((x) => x.status !== "available");
}

/** 2–3 readers queue on a title whose copies are all out; places are a day apart. */
function fillQueue(c: HoldContext, title: DemoTitle, scripted: boolean): void {
  const days = c.ledger.days;
  const n = c.rng.int(2, 3);
  for (let i = 0; i < n; i++) {
    // The scripted hold (childB's) sits at two days ago: keep that slot free.
    const back = scripted ? ([3, 1, 0][i] ?? 0) : n - i;
    const p = someone(c, (x) => c.ledger.canHold(x, title));
    if (p) c.ledger.queue(p, title, days.atOrNow(days.plus(-back), 9 * 60 + 7 * (i + 1)));
  }
}

/**
 * Holds in both waiting states: popular titles with every copy out and 2–3 readers queued
 * (castTitles.queued first, where childB waits second), and holds ready on the hold shelf,
 * picked up within the policy's open days. Scripted renewable loans stay free of holds.
 */
export function planHolds(c: HoldContext, copies: readonly DemoCopy[], students: number): void {
  const byTitle = new Map<DemoTitle, DemoCopy[]>();
  for (const copy of copies) byTitle.set(copy.title, [...(byTitle.get(copy.title) ?? []), copy]);
  const named = [castTitles.queued, castTitles.alsoQueued].flatMap((name) =>
    [...byTitle.keys()].filter((t) => t.title === name),
  );
  const others = c.rng
    .shuffle([...byTitle.entries()].filter(([t, cs]) => cs.length >= 2 && !t.classic))
    .slice(0, Math.max(0, Math.round(students / 150) - named.length))
    .map(([t]) => t);
  for (const title of [...named, ...others]) {
    if (c.ledger.noHolds.has(title.isbn)) continue;
    if (lendAllCopies(c, byTitle.get(title) ?? [])) fillQueue(c, title, title === named[0]);
  }
  planReadyHolds(c, copies, Math.max(2, Math.round(students / 100)));
}

function planReadyHolds(c: HoldContext, copies: readonly DemoCopy[], count: number): void {
  const days = c.ledger.days;
  const readyOn = days.lastOpenBefore(days.today);
  for (let made = 0, tries = 0; made < count && tries < count * 50; tries++) {
    const copy = c.rng.pick(copies);
    if (copy.status !== "available" || c.ledger.noHolds.has(copy.isbn)) continue;
    const p = someone(c, (x) => c.ledger.canHold(x, copy.title));
    if (!p) continue;
    c.ledger.ready(p, copy, readyOn, days.plus(-c.rng.int(4, 12)));
    made++;
  }
}
