import type { Db, Tx } from "./client.ts";
import { lockClass } from "./pg-row-lock.ts";

/**
 * Records a visit unless that class already has one of this kind that day; false then. The
 * class's row is locked first on PostgreSQL, so two desks recording at once make one row.
 */
export async function insertVisitOnce(
  tx: Tx,
  data: { classId: number; kind: string; on: string; recordedBy: number | null; createdAt: Date },
): Promise<boolean> {
  await lockClass(tx, data.classId);
  const existing = await tx.classVisit.findUnique({
    where: { classId_kind_on: { classId: data.classId, kind: data.kind, on: data.on } },
    select: { id: true },
  });
  if (existing) return false;
  await tx.classVisit.create({ data, select: { id: true } });
  return true;
}

/** Visits (kind "visit") per class on days in [from, to]. */
export async function countVisitsByClass(
  db: Db,
  from: string,
  to: string,
): Promise<Map<number, number>> {
  const rows = await db.classVisit.groupBy({
    by: ["classId"],
    where: { kind: "visit", on: { gte: from, lte: to } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.classId, r._count._all]));
}
