import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./client.ts";
import { toNumber } from "./raw-rows.ts";
import { queryRows } from "./direct-sql.ts";

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

/**
 * The catalogue's change counters (the CatalogVersion row): triggers add one in the transaction
 * of every write to Title (`titles`) or Copy (`copies`), so equal counters mean nothing
 * searchable changed, whichever process wrote.
 */
export interface CatalogCounters {
  titles: number;
  copies: number;
}

/** One row by its primary key: what every search costs to know the index is current. */
export async function readCatalogCounters(db: Db): Promise<CatalogCounters> {
  const [r] = await queryRows<Record<"titles" | "copies", bigint | number>[]>(
    db,
    Prisma.sql`SELECT "titles", "copies" FROM "CatalogVersion" WHERE "id" = 1`,
  );
  if (!r) throw new Error("the CatalogVersion row is missing (migration 20261207130000)");
  return { titles: Number(r.titles), copies: Number(r.copies) };
}

/** Row count, highest id and latest updatedAt of Title or Copy (raw text, compared as is). */
export interface TableVersion {
  count: number;
  maxId: number;
  maxUpdatedAt: string | null;
}

type VersionRow = Record<"c" | "m", bigint | number | null> & { u: string | Date | null };

/**
 * Where a table stands, for an incremental refresh: read only after its counter moved (a
 * COUNT(*) scan, so never on every search). One aggregate per SELECT, so SQLite and PostgreSQL
 * answer MAX from the index.
 */
export async function readTableVersion(db: Db, table: "Title" | "Copy"): Promise<TableVersion> {
  const t = Prisma.raw(`"${table}"`);
  const [r] = await queryRows<VersionRow[]>(
    db,
    Prisma.sql`SELECT (SELECT COUNT(*) FROM ${t}) AS c, (SELECT MAX("id") FROM ${t}) AS m,
    (SELECT MAX("updatedAt") FROM ${t}) AS u`,
  );
  if (!r) throw new Error(`${table} version query returned no row`);
  const u = r.u;
  return {
    count: Number(r.c ?? 0),
    maxId: Number(r.m ?? 0),
    maxUpdatedAt: u === null ? null : u instanceof Date ? u.toISOString() : String(u),
  };
}

type IndexRow = Record<"id" | "gradeMin" | "gradeMax", number | bigint> & {
  year: number | bigint | null;
  isReference: boolean | number | bigint;
} & Record<"title" | "author" | "publisher" | "clc" | "searchKey", string> & {
    isbn: string | null;
  };

/**
 * Up to `take` titles with an id above `afterId` (all ids when null), in id order. Raw SQL: the
 * index reads every title at start-up, and a model query per page costs ~1.5× the CPU and
 * ~15 MiB more memory at its peak (Prisma's query compiler and its result objects).
 */
export async function findTitlesForIndexPage(db: Db, afterId: number | null, take: number) {
  const rows = await queryRows<IndexRow[]>(
    db,
    Prisma.sql`SELECT "id", "title", "author", "isbn",
    "publisher", "year", "clc", "gradeMin", "gradeMax", "isReference", "searchKey"
    FROM "Title" WHERE "id" > ${afterId ?? 0} ORDER BY "id" LIMIT ${take}`,
  );
  return rows.map((r) => ({
    ...r,
    id: toNumber(r.id),
    year: r.year === null ? null : toNumber(r.year),
    gradeMin: toNumber(r.gradeMin),
    gradeMax: toNumber(r.gradeMax),
    isReference: Boolean(r.isReference),
  }));
}

/** A stored timestamp as an instant; SQLite's CURRENT_TIMESTAMP default is UTC without a zone. */
const instant = (s: string): Date =>
  new Date(/^\d{4}-\d{2}-\d{2} \d/.test(s) ? `${s.replace(" ", "T")}Z` : s);

const changedSince = (maxId: number, since: string | null) => ({
  OR: [{ id: { gt: maxId } }, ...(since ? [{ updatedAt: { gte: instant(since) } }] : [])],
});

/** Titles added after `maxId` or changed at or after `since` (the same instant may hold more). */
export function findTitlesChangedSince(db: Db, maxId: number, since: string | null) {
  return db.title.findMany({
    where: changedSince(maxId, since),
    select: indexSelect,
    orderBy: { id: "asc" },
  });
}

/** Copies added after `maxId` or changed at or after `since`. */
export function findCopiesChangedSince(db: Db, maxId: number, since: string | null) {
  return db.copy.findMany({
    where: changedSince(maxId, since),
    select: { id: true, titleId: true },
  });
}

const keyScan = (needle: string, isbns: string[]) => ({
  OR: [{ searchKey: { contains: needle } }, ...(isbns.length ? [{ isbn: { in: isbns } }] : [])],
});

/** The plain scan the index is measured against: `searchKey LIKE '%q%'` or an exact ISBN. */
export function findTitlesByKeyScan(db: Db, needle: string, isbns: string[]) {
  return db.title.findMany({
    where: keyScan(needle, isbns),
    select: indexSelect,
    orderBy: { id: "asc" },
  });
}

/** Available copies per title of the titles the plain scan matches (the scan again, joined). */
export async function countAvailableByKeyScan(db: Db, needle: string, isbns: string[]) {
  const rows = await db.copy.groupBy({
    by: ["titleId"],
    where: { status: "available", title: keyScan(needle, isbns) },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.titleId, r._count._all]));
}

/** Copies with status `available` per title, for up to `take` titles with an id above `afterId`. */
export async function countAvailablePage(db: Db, afterId: number, take: number) {
  const rows = await queryRows<{ titleId: number; n: bigint | number }[]>(
    db,
    Prisma.sql`
    SELECT "titleId", COUNT(*) AS n FROM "Copy" WHERE "status" = 'available' AND "titleId" > ${afterId}
    GROUP BY "titleId" ORDER BY "titleId" LIMIT ${take}`,
  );
  return rows.map((r) => ({ titleId: Number(r.titleId), n: Number(r.n) }));
}

/** Copies with status `available` per title; all titles, or only `titleIds` (≤ 500). */
export async function countAvailableByTitle(
  db: Db,
  titleIds?: number[],
): Promise<Map<number, number>> {
  const rows = await queryRows<{ titleId: number; n: bigint | number }[]>(
    db,
    Prisma.sql`
    SELECT "titleId", COUNT(*) AS n FROM "Copy" WHERE "status" = 'available'
    ${titleIds ? Prisma.sql`AND "titleId" IN (${Prisma.join(titleIds.length ? titleIds : [0])})` : Prisma.empty}
    GROUP BY "titleId"`,
  );
  return new Map(rows.map((r) => [Number(r.titleId), Number(r.n)]));
}

type ShelfRow = {
  id: number | bigint;
  titleId: number | bigint;
  status: string;
  callNumber: string;
  location: string;
};

/**
 * Every copy of the given titles (oldest first) and the number of queued holds per title,
 * in one round trip: this runs on every search page, where each query costs more than the
 * work it does.
 */
export async function findShelfFacts(db: Db, titleIds: number[]) {
  const ids = Prisma.join(titleIds.length ? titleIds : [0]);
  const rows = await queryRows<ShelfRow[]>(
    db,
    Prisma.sql`
    SELECT "id", "titleId", "status", "callNumber", "location" FROM "Copy" WHERE "titleId" IN (${ids})
    UNION ALL
    SELECT 0, "titleId", 'queued_hold', '', '' FROM "Hold" WHERE "status" = 'queued' AND "titleId" IN (${ids})`,
  );
  const copies = rows
    .filter((r) => r.status !== "queued_hold")
    .map((r) => ({ ...r, id: Number(r.id), titleId: Number(r.titleId) }))
    .sort((a, b) => a.id - b.id);
  const queued = new Map<number, number>();
  for (const r of rows) {
    if (r.status === "queued_hold")
      queued.set(Number(r.titleId), (queued.get(Number(r.titleId)) ?? 0) + 1);
  }
  return { copies, queued };
}
