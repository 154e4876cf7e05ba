import type { Library } from "../src/core/library.ts";
import { today } from "../src/core/library.ts";
import { createBinding, findBinding, upsertMember } from "../src/db/member-repo.ts";
import { demoPlatform } from "../src/demo/members.ts";
import { cloneDemoMember } from "./chat-members.ts";
import { scripts } from "./dialog-scripts.ts";
import type { Chat } from "./dialog-scripts.ts";

/** The loans the parents renew, as they were before the bench: each phase starts from them. */
export interface Renewables {
  loans: { id: number; dueOn: string; renewals: number }[];
  /** Pupils whose holds the bench places and cancels. */
  pupils: number[];
  /** Copies the desk chats check out and return, and the pupils they lend to. */
  desk: { copyId: number; patronId: number }[];
}

async function bind(lib: Library, userId: string, kind: string, patronIds: (number | null)[]) {
  const member = await upsertMember(lib.db, { platform: demoPlatform, userId });
  for (const patronId of patronIds) {
    if (patronId !== null && (await findBinding(lib.db, member.id, kind, patronId))) continue;
    await createBinding(lib.db, { memberId: member.id, kind, patronId });
  }
}

const plusDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Pupils whose every open loan can be renewed now: due within the renewal window, not overdue,
 * never renewed, no one else queued for the title (each family its own). When the school has
 * too few, pupils with any loan not yet due fill the rest (their renewals may be refused: the
 * count of renewals that succeeded says so).
 */
async function renewablePupils(lib: Library, count: number) {
  const day = today(lib);
  const last = plusDays(day, lib.policy.renewWithinDays);
  const notRenewable = {
    returnedAt: null,
    OR: [
      { dueOn: { lt: day } },
      { dueOn: { gt: last } },
      { renewals: { gt: 0 } },
      { copy: { title: { holds: { some: { status: { in: ["queued", "ready"] } } } } } },
    ],
  };
  const pupils = (strict: boolean) =>
    lib.db.patron.findMany({
      where: {
        role: "student",
        status: "active",
        loans: { some: { returnedAt: null, dueOn: { gte: day } } },
        ...(strict ? { AND: [{ loans: { none: notRenewable } }] } : {}),
      },
      select: { id: true },
      orderBy: { id: "asc" },
    });
  const picked = new Set((await pupils(true)).map((p) => p.id));
  for (const p of await pupils(false)) if (picked.size < count) picked.add(p.id);
  if (picked.size < count) throw new Error(`only ${picked.size} pupils with a loan to renew`);
  return [...picked].slice(0, count);
}

/** Pupils without an open loan, and a copy on the shelf for each: the desk lends one, takes it back. */
async function deskPairs(lib: Library, count: number, skip: Set<number>) {
  const pupils = await lib.db.patron.findMany({
    where: { role: "student", status: "active", loans: { none: { returnedAt: null } } },
    select: { id: true },
    take: count + skip.size,
  });
  const copies = await lib.db.copy.findMany({
    where: { status: "available", title: { isReference: false, holds: { none: {} } } },
    select: { id: true },
    take: count,
  });
  const free = pupils.filter((p) => !skip.has(p.id)).slice(0, count);
  return free.map((p, i) => ({ patronId: p.id, copyId: copies[i]?.id ?? 0 }));
}

async function codesOf(lib: Library, pair: { copyId: number; patronId: number }) {
  const copy = await lib.db.copy.findUniqueOrThrow({
    where: { id: pair.copyId },
    select: { barcode: true },
  });
  const patron = await lib.db.patron.findUniqueOrThrow({
    where: { id: pair.patronId },
    select: { cardNumber: true },
  });
  return { card: patron.cardNumber, barcode: copy.barcode };
}

/**
 * The simulated chats of the dialog case, each of its own family or class: a parent bound to
 * two pupils of their own (the first has a renewable loan), a teacher to a class of their own,
 * a librarian at the desk lending one copy to one pupil and taking it back. Searches are drawn
 * from `queries` (the whole catalogue), a different one each turn.
 */
export async function makeFamilyChats(
  lib: Library,
  counts: { parents: number; teachers: number; librarians: number },
  queries: string[],
): Promise<{ chats: Chat[]; renewables: Renewables }> {
  const renewable = await renewablePupils(lib, counts.parents * 2);
  const teachers = await lib.db.classTeacher.findMany({
    select: { teacherId: true, classId: true },
    orderBy: { classId: "asc" },
  });
  const distinct = [...new Map(teachers.map((t) => [t.teacherId, t])).values()].slice(
    0,
    counts.teachers,
  );
  const pupils = renewable;
  const desk = await deskPairs(lib, counts.librarians, new Set(pupils));
  const s = scripts(queries);
  const chats: Chat[] = [];
  for (let i = 0; i < counts.parents; i++) {
    const userId = `bench-family-${i}`;
    await bind(lib, userId, "guardian", [pupils[2 * i] ?? null, pupils[2 * i + 1] ?? null]);
    chats.push({ userId, script: s.parent() });
  }
  for (const [i, t] of distinct.entries()) {
    const userId = `bench-class-${i}`;
    await bind(lib, userId, "teacher", [t.teacherId]);
    chats.push({ userId, script: s.teacher() });
  }
  const librarians = await cloneDemoMember(lib, "librarian", desk.length);
  for (const [i, pair] of desk.entries()) {
    chats.push({ userId: librarians[i] as string, script: s.desk(await codesOf(lib, pair)) });
  }
  const loans = await lib.db.loan.findMany({
    where: { patronId: { in: pupils }, returnedAt: null },
    select: { id: true, dueOn: true, renewals: true },
  });
  return { chats, renewables: { loans, pupils, desk } };
}

/** Puts the renewed loans back as they were (outside the timed windows), so every renewal succeeds. */
export async function resetRenewals(lib: Library, r: Renewables): Promise<void> {
  for (const l of r.loans) {
    await lib.db.loan.update({
      where: { id: l.id },
      data: { renewals: l.renewals, dueOn: l.dueOn },
    });
  }
}

/** Where the hold and loan ids stand before a phase: what it adds is above them. */
export async function highWater(lib: Library) {
  const [h, l] = await Promise.all([
    lib.db.hold.aggregate({ _max: { id: true } }),
    lib.db.loan.aggregate({ _max: { id: true } }),
  ]);
  return { hold: h._max.id ?? 0, loan: l._max.id ?? 0 };
}

/** What the phase did, read from the database: the proof the timed writes succeeded. */
export async function countEffects(
  lib: Library,
  r: Renewables,
  since: { hold: number; loan: number },
) {
  const now = await lib.db.loan.findMany({
    where: { id: { in: r.loans.map((l) => l.id) } },
    select: { id: true, renewals: true },
  });
  const before = new Map(r.loans.map((l) => [l.id, l.renewals]));
  const renewed = now.filter((l) => l.renewals > (before.get(l.id) ?? 0)).length;
  const holds = { patronId: { in: r.pupils }, id: { gt: since.hold } };
  const loans = { copyId: { in: r.desk.map((d) => d.copyId) }, id: { gt: since.loan } };
  return {
    renewed,
    holds: await lib.db.hold.count({ where: holds }),
    cancelled: await lib.db.hold.count({ where: { ...holds, status: "cancelled" } }),
    lent: await lib.db.loan.count({ where: loans }),
    returned: await lib.db.loan.count({ where: { ...loans, returnedAt: { not: null } } }),
    attemptsEach: r.pupils.length / 2,
    deskAttempts: r.desk.length,
  };
}
