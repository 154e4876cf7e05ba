import type { Db } from "./client.ts";

/** What the search index and the hit list show of a title. */
export const titleInfoSelect = {
  id: true,
  title: true,
  author: true,
  isbn: true,
  publisher: true,
  year: true,
  clc: true,
  gradeMin: true,
  gradeMax: true,
  isReference: true,
} as const;

const indexSelect = { ...titleInfoSelect, searchKey: true } as const;

/** A cheap fingerprint of the Title table: changes on any insert, update or delete. */
export async function readTitleVersion(
  db: Db,
): Promise<{ count: number; maxId: number; maxUpdatedAt: Date | null }> {
  const r = await db.title.aggregate({
    _count: { _all: true },
    _max: { id: true, updatedAt: true },
  });
  return { count: r._count._all, maxId: r._max.id ?? 0, maxUpdatedAt: r._max.updatedAt };
}

export function findAllTitlesForIndex(db: Db) {
  return db.title.findMany({ select: indexSelect, orderBy: { id: "asc" } });
}

/** Titles added after `maxId` or changed at or after `since` (the same instant may hold more). */
export function findTitlesChangedSince(db: Db, maxId: number, since: Date | null) {
  const changed = since ? [{ updatedAt: { gte: since } }] : [];
  return db.title.findMany({
    where: { OR: [{ id: { gt: maxId } }, ...changed] },
    select: indexSelect,
    orderBy: { id: "asc" },
  });
}

/** The plain scan the index is measured against: `searchKey LIKE '%q%'` or an exact ISBN. */
export function findTitlesByKeyScan(db: Db, needle: string, isbns: string[]) {
  return db.title.findMany({
    where: {
      OR: [{ searchKey: { contains: needle } }, ...(isbns.length ? [{ isbn: { in: isbns } }] : [])],
    },
    select: indexSelect,
    orderBy: { id: "asc" },
  });
}

const chunk = <T>(xs: T[], n: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/** Copies with status `available` per title, for the given titles (absent means none). */
export async function countAvailableByTitle(
  db: Db,
  titleIds: number[],
): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  for (const ids of chunk(titleIds, 500)) {
    const rows = await db.copy.groupBy({
      by: ["titleId"],
      where: { titleId: { in: ids }, status: "available" },
      _count: { _all: true },
    });
    for (const r of rows) counts.set(r.titleId, r._count._all);
  }
  return counts;
}

/** Every copy of the given titles, oldest first. */
export function findCopiesOfTitles(db: Db, titleIds: number[]) {
  return db.copy.findMany({
    where: { titleId: { in: titleIds } },
    select: { titleId: true, status: true, callNumber: true, location: true },
    orderBy: { id: "asc" },
  });
}

/** Holds with status `queued` per title, for the given titles. */
export async function countQueuedByTitle(db: Db, titleIds: number[]): Promise<Map<number, number>> {
  const rows = await db.hold.groupBy({
    by: ["titleId"],
    where: { titleId: { in: titleIds }, status: "queued" },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.titleId, r._count._all]));
}

export function findTitlesByIds(db: Db, ids: number[]) {
  return db.title.findMany({ where: { id: { in: ids } }, select: titleInfoSelect });
}
