import type { Appended, HoldRow, Snapshot } from "./db-snapshot.ts";
import { changedIds } from "./db-snapshot.ts";

/** Who acted in a run and what they may change. */
export interface RunScope {
  /** The acting chat members (a group run: the senders that have a member row). */
  memberIds: number[];
  /** Patrons the actor may act for (self, children), before or after the run. */
  patrons: Set<number>;
  /** The actor works the desk (librarian, student librarian): named cards and barcodes. */
  desk: boolean;
  librarian: boolean;
  /** Patrons and copies whose card or barcode was typed in the run. */
  namedPatrons: Set<number>;
  namedCopies: Set<number>;
  /** A group chat: nothing may change, but a class teacher's relinking of the group. */
  group: boolean;
  /** Group senders who may link the group, with the classes they may link it to. */
  linkers: { memberId: number; classIds: number[] }[];
}

interface Allowed {
  patrons: Set<number>;
  copies: Set<number>;
}

function loanViolations(s: RunScope, b: Snapshot, a: Snapshot, ok: Allowed): string[] {
  const out: string[] = [];
  for (const id of changedIds(b.loans, a.loans)) {
    const was = b.loans.get(id);
    const now = a.loans.get(id);
    if (!now) {
      out.push(`loan ${id} disappeared`);
      continue;
    }
    const renewal = was && was.copyId === now.copyId && was.returned === now.returned;
    const byDesk =
      s.desk && s.namedCopies.has(now.copyId) && (was || s.namedPatrons.has(now.owner));
    if (!s.group && ((renewal && s.patrons.has(now.owner)) || byDesk)) {
      ok.patrons.add(now.owner);
      ok.copies.add(now.copyId);
    } else out.push(`loan ${id} of patron ${now.owner} changed: ${was?.print} → ${now.print}`);
  }
  return out;
}

/** Titles whose copy a run legitimately released: a ready hold in scope ended, or a return. */
function releasedTitles(s: RunScope, b: Snapshot, a: Snapshot): Set<number> {
  const titles = new Set<number>();
  for (const [id, was] of b.holds) {
    const now = a.holds.get(id);
    if (was.status === "ready" && now?.status !== "ready" && s.patrons.has(was.owner)) {
      titles.add(was.titleId);
    }
  }
  if (s.desk) for (const c of s.namedCopies) titles.add(b.copies.get(c)?.owner ?? -1);
  return titles;
}

function holdAllowed(s: RunScope, was: HoldRow | undefined, now: HoldRow, released: Set<number>) {
  if (s.group) return false;
  if (s.patrons.has(now.owner)) return true;
  const served = was?.status === "queued" && now.status === "ready" && released.has(now.titleId);
  const collected = s.desk && s.namedPatrons.has(now.owner) && was?.status === "ready";
  return served || collected;
}

function holdViolations(s: RunScope, b: Snapshot, a: Snapshot, ok: Allowed): string[] {
  const released = releasedTitles(s, b, a);
  const out: string[] = [];
  for (const id of changedIds(b.holds, a.holds)) {
    const was = b.holds.get(id);
    const now = a.holds.get(id);
    if (!now) out.push(`hold ${id} disappeared`);
    else if (holdAllowed(s, was, now, released)) {
      for (const c of [was?.copyId, now.copyId]) if (c) ok.copies.add(c);
      ok.patrons.add(now.owner);
    } else out.push(`hold ${id} of patron ${now.owner} changed: ${was?.print} → ${now.print}`);
  }
  return out;
}

function stateViolations(s: RunScope, b: Snapshot, a: Snapshot, ok: Allowed): string[] {
  const out: string[] = [];
  for (const id of changedIds(b.copies, a.copies)) {
    if (!ok.copies.has(id) && !(s.desk && s.namedCopies.has(id))) out.push(`copy ${id} changed`);
  }
  for (const id of changedIds(b.patrons, a.patrons)) {
    const mayChange = ok.patrons.has(id) || s.patrons.has(id) || (s.desk && s.namedPatrons.has(id));
    if (s.group || !mayChange) out.push(`patron ${id} changed status`);
  }
  for (const id of changedIds(b.helpers, a.helpers)) {
    if (s.group || !s.librarian) out.push(`patron ${id} made or unmade a student librarian`);
  }
  for (const id of changedIds(b.charges, a.charges)) {
    if (s.group || !s.librarian) out.push(`charge ${id} made or settled`);
  }
  for (const id of changedIds(b.bindings, a.bindings)) {
    const now = a.bindings.get(id);
    const made = now && !b.bindings.has(id);
    if (!made || s.group || !s.memberIds.includes(now.owner)) {
      out.push(`binding ${id} ${now ? `made for member ${now.owner}` : "removed"}`);
    }
  }
  for (const id of changedIds(b.members, a.members)) {
    if (s.group || !s.memberIds.includes(id)) out.push(`chat member ${id} changed`);
  }
  for (const id of changedIds(b.groups, a.groups)) {
    const classId = a.groups.get(id)?.owner ?? -1;
    const linker = s.linkers.some((l) => l.classIds.includes(classId));
    if (!s.group || !linker) out.push(`chat group ${id} changed to class ${classId}`);
  }
  return out;
}

/** Audit actions whose operation queues a notice (besides a broadcast). */
const notifies = new Set(["card.lost", "suggestion.answer"]);

function appendedViolations(s: RunScope, added: Appended): string[] {
  const out: string[] = [];
  const mine = (id: number | null) => id !== null && s.memberIds.includes(id);
  for (const x of added.suggestions) {
    if (s.group || !mine(x.memberId)) out.push(`suggestion ${x.id} by member ${x.memberId}`);
  }
  for (const x of [...added.broadcasts, ...added.activities]) {
    if (s.group || !s.librarian || !mine(x.createdBy)) out.push(`broadcast/activity ${x.id} made`);
  }
  // A broadcast, a lost card (the librarians are told) and an answered suggestion (its sender is
  // told) queue messages; nothing else a chat does may.
  const notifying = added.audit.some((r) => notifies.has(r.action) && mine(r.memberId));
  if (added.outbox > 0 && added.broadcasts.length === 0 && !notifying) {
    out.push(`${added.outbox} outbox rows`);
  }
  for (const row of added.audit) {
    const linking =
      row.action === "group.link" && s.linkers.some((l) => l.memberId === row.memberId);
    if (s.group ? !linking : !mine(row.memberId)) {
      out.push(`audit ${row.action} by member ${row.memberId}`);
    }
  }
  return out;
}

/**
 * Everything a run wrote that its actor had no right to: loans and holds of patrons outside the
 * actor's scope (the desk may touch what the input named, and a released copy may serve the
 * next reader in the queue), charges by anyone but the librarian, bindings for other accounts, other members' settings, group links,
 * suggestions, broadcasts and audit rows of anyone else; in a group, any write at all but a
 * class teacher relinking it.
 */
export function scopeViolations(s: RunScope, b: Snapshot, a: Snapshot, added: Appended): string[] {
  const ok: Allowed = { patrons: new Set(), copies: new Set() };
  return [
    ...loanViolations(s, b, a, ok),
    ...holdViolations(s, b, a, ok),
    ...stateViolations(s, b, a, ok),
    ...appendedViolations(s, added),
  ];
}
