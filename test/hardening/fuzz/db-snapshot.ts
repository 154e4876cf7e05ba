import type { Db } from "../../../src/db/client.ts";

/** A row reduced to who it belongs to and a fingerprint of everything that may change. */
export interface RowState {
  owner: number;
  print: string;
}

export interface LoanRow extends RowState {
  copyId: number;
  returned: boolean;
}

export interface HoldRow extends RowState {
  titleId: number;
  status: string;
  copyId: number | null;
}

/** What the fuzz checks compare before and after a run. */
export interface Snapshot {
  loans: Map<number, LoanRow>;
  holds: Map<number, HoldRow>;
  /** Copy id → its title (owner) and status. */
  copies: Map<number, RowState>;
  patrons: Map<number, string>;
  /** Patron id → whether they are a student librarian (小管). */
  helpers: Map<number, string>;
  /** Charge id → its status (lost and damaged books). */
  charges: Map<number, string>;
  bindings: Map<number, RowState>;
  groups: Map<number, RowState>;
  members: Map<number, RowState>;
  /** Highest ids of append-only tables: rows above them are new. */
  maxIds: {
    suggestion: number;
    broadcast: number;
    activity: number;
    outbox: number;
    audit: number;
  };
}

const maxId = (rows: { id: number }[]) => rows[0]?.id ?? 0;
const latest = { select: { id: true }, orderBy: { id: "desc" as const }, take: 1 };

async function loanRows(db: Db): Promise<Map<number, LoanRow>> {
  const rows = await db.loan.findMany({
    select: {
      id: true,
      patronId: true,
      copyId: true,
      dueOn: true,
      renewals: true,
      returnedAt: true,
    },
  });
  return new Map(
    rows.map((l) => [
      l.id,
      {
        owner: l.patronId,
        copyId: l.copyId,
        returned: l.returnedAt !== null,
        print: `${l.dueOn}|${l.renewals}|${l.returnedAt?.getTime() ?? ""}`,
      },
    ]),
  );
}

async function holdRows(db: Db): Promise<Map<number, HoldRow>> {
  const rows = await db.hold.findMany({
    select: { id: true, patronId: true, titleId: true, status: true, copyId: true, pickupBy: true },
  });
  return new Map(
    rows.map((h) => [
      h.id,
      {
        owner: h.patronId,
        titleId: h.titleId,
        status: h.status,
        copyId: h.copyId,
        print: `${h.status}|${h.copyId ?? ""}|${h.pickupBy ?? ""}`,
      },
    ]),
  );
}

async function memberRows(db: Db): Promise<Map<number, RowState>> {
  const rows = await db.chatMember.findMany({
    select: {
      id: true,
      platform: true,
      userId: true,
      locale: true,
      quietHours: true,
      mutedNotices: true,
      bindFailures: true,
      bindLockedUntil: true,
    },
  });
  return new Map(rows.map(({ id, ...rest }) => [id, { owner: id, print: JSON.stringify(rest) }]));
}

/** Reads the rows a chat actor could change (a few hundred in the demo school). */
export async function snapshot(db: Db): Promise<Snapshot> {
  const [loans, holds, members] = await Promise.all([loanRows(db), holdRows(db), memberRows(db)]);
  const copies = await db.copy.findMany({ select: { id: true, titleId: true, status: true } });
  const patrons = await db.patron.findMany({
    select: { id: true, status: true, isStudentLibrarian: true },
  });
  const charges = await db.charge.findMany({ select: { id: true, status: true } });
  const bindings = await db.binding.findMany({
    select: { id: true, memberId: true, kind: true, patronId: true },
  });
  const groups = await db.chatGroup.findMany({ select: { id: true, classId: true } });
  return {
    loans,
    holds,
    members,
    copies: new Map(copies.map((c) => [c.id, { owner: c.titleId, print: c.status }])),
    patrons: new Map(patrons.map((p) => [p.id, p.status])),
    helpers: new Map(patrons.map((p) => [p.id, String(p.isStudentLibrarian)])),
    charges: new Map(charges.map((c) => [c.id, c.status])),
    bindings: new Map(
      bindings.map((b) => [b.id, { owner: b.memberId, print: `${b.kind}|${b.patronId ?? ""}` }]),
    ),
    groups: new Map(groups.map((g) => [g.id, { owner: g.classId, print: String(g.classId) }])),
    maxIds: {
      suggestion: maxId(await db.suggestion.findMany(latest)),
      broadcast: maxId(await db.broadcast.findMany(latest)),
      activity: maxId(await db.activity.findMany(latest)),
      outbox: maxId(await db.outbox.findMany(latest)),
      audit: maxId(await db.auditLog.findMany(latest)),
    },
  };
}

/** Ids whose row is new, gone or different (by fingerprint). */
export function changedIds<T extends { print: string } | string>(
  before: Map<number, T>,
  after: Map<number, T>,
): number[] {
  const print = (v: T | undefined) => (typeof v === "string" ? v : v?.print);
  const ids = new Set([...before.keys(), ...after.keys()]);
  return [...ids].filter((id) => print(before.get(id)) !== print(after.get(id)));
}

/** The rows appended since `before` to the audit log and the other append-only tables. */
export async function appended(db: Db, before: Snapshot["maxIds"]) {
  const after = (id: number) => ({ id: { gt: id } });
  return {
    suggestions: await db.suggestion.findMany({
      where: after(before.suggestion),
      select: { id: true, memberId: true },
    }),
    broadcasts: await db.broadcast.findMany({
      where: after(before.broadcast),
      select: { id: true, createdBy: true },
    }),
    activities: await db.activity.findMany({
      where: after(before.activity),
      select: { id: true, createdBy: true },
    }),
    outbox: await db.outbox.count({ where: after(before.outbox) }),
    audit: await db.auditLog.findMany({
      where: after(before.audit),
      select: { id: true, memberId: true, action: true, subject: true, detail: true },
    }),
  };
}

export type Appended = Awaited<ReturnType<typeof appended>>;
