import type { Db } from "./client.ts";

/** Books each pupil in a class returned in [from, to). */
export async function countReturnsByPupil(db: Db, from: Date, to: Date) {
  const rows = await db.loan.groupBy({
    by: ["patronId"],
    where: {
      returnedAt: { gte: from, lt: to },
      patron: { role: "student", classId: { not: null } },
    },
    _count: { _all: true },
  });
  const patrons = await db.patron.findMany({
    where: { id: { in: rows.map((r) => r.patronId) } },
    select: { id: true, name: true, classId: true },
  });
  const byId = new Map(patrons.map((p) => [p.id, p]));
  return rows.flatMap((r) => {
    const p = byId.get(r.patronId);
    return p && p.classId !== null
      ? [{ patronId: p.id, classId: p.classId, name: p.name, books: r._count._all }]
      : [];
  });
}

/** Every weekly desk-duty shift (RotaEntry kind "duty") of a pupil. */
export function findDutyShifts(db: Db) {
  return db.rotaEntry
    .findMany({
      where: { kind: "duty", patronId: { not: null } },
      select: { id: true, patronId: true, weekday: true, start: true, end: true, weeks: true },
    })
    .then((rows) =>
      rows.flatMap((r) => (r.patronId === null ? [] : [{ ...r, patronId: r.patronId }])),
    );
}

/** The chat accounts that are these pupils themselves (self binding): member id → patron id. */
export async function findSelfAccounts(db: Db, patronIds: number[]): Promise<Map<number, number>> {
  const rows = await db.binding.findMany({
    where: { kind: "self", patronId: { in: patronIds } },
    select: { memberId: true, patronId: true },
  });
  return new Map(rows.flatMap((r) => (r.patronId === null ? [] : [[r.memberId, r.patronId]])));
}

/** Audited actions of these accounts in [from, to): who and when. */
export function findActsOfMembers(
  db: Db,
  memberIds: number[],
  actions: readonly string[],
  from: Date,
  to: Date,
) {
  return db.auditLog.findMany({
    where: { memberId: { in: memberIds }, action: { in: [...actions] }, at: { gte: from, lt: to } },
    select: { memberId: true, at: true },
  });
}

/** Names and classes of these patrons. */
export function findPatronNames(db: Db, ids: number[]) {
  return db.patron.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, classId: true },
  });
}
