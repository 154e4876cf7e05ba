import { Prisma } from "../generated/prisma/client.ts";
import type { Tx } from "./client.ts";
import { queryRows, executeSql } from "./direct-sql.ts";

/** A title's columns as the catalogue import writes them (addedOn is an ISO date). */
export interface TitleRow {
  isbn: string | null;
  title: string;
  author: string;
  publisher: string;
  year: number | null;
  clc: string;
  gradeMin: number;
  gradeMax: number;
  isReference: boolean;
  recommended: boolean;
  addedOn: string;
  searchKey: string;
}

/** A copy's columns as the catalogue import writes them. */
export interface CopyRow {
  barcode: string;
  titleId: number;
  callNumber: string;
  location: string;
  priceCents: number;
}

export type StoredTitle = TitleRow & { id: number };
export type StoredCopy = CopyRow & { id: number };

const titleSelect = {
  id: true,
  isbn: true,
  title: true,
  author: true,
  publisher: true,
  year: true,
  clc: true,
  gradeMin: true,
  gradeMax: true,
  isReference: true,
  recommended: true,
  addedOn: true,
  searchKey: true,
} as const;

/** Rows per multi-row statement: well under SQLite's and PostgreSQL's bound-parameter limits. */
const BATCH = 400;

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/** Runs a lookup over `keys` in slices the driver's bound-parameter limit accepts. */
async function inSlices<K, R>(
  keys: readonly K[],
  find: (slice: K[]) => Promise<R[]>,
): Promise<R[]> {
  const out: R[] = [];
  for (const slice of batches(keys)) out.push(...(await find(slice)));
  return out;
}

export function findTitlesByIsbn(tx: Tx, isbns: readonly string[]): Promise<StoredTitle[]> {
  return inSlices(isbns, (slice) =>
    tx.title.findMany({ where: { isbn: { in: slice } }, select: titleSelect }),
  );
}

/** Titles without an ISBN named like one of `titles`, oldest first. */
export function findIsbnlessTitles(tx: Tx, titles: readonly string[]): Promise<StoredTitle[]> {
  return inSlices(titles, (slice) =>
    tx.title.findMany({
      where: { isbn: null, title: { in: slice } },
      select: titleSelect,
      orderBy: { id: "asc" },
    }),
  );
}

export function findCopiesByBarcode(tx: Tx, barcodes: readonly string[]): Promise<StoredCopy[]> {
  return inSlices(barcodes, (slice) =>
    tx.copy.findMany({
      where: { barcode: { in: slice } },
      select: {
        id: true,
        barcode: true,
        titleId: true,
        callNumber: true,
        location: true,
        priceCents: true,
      },
    }),
  );
}

/** Raw writes bypass Prisma's @updatedAt, so they stamp it themselves (the search index reads it). */
const titleFields = (t: TitleRow, at: Date) =>
  Prisma.join([
    t.isbn,
    t.title,
    t.author,
    t.publisher,
    t.year,
    t.clc,
    t.gradeMin,
    t.gradeMax,
    t.isReference,
    t.recommended,
    t.addedOn,
    t.searchKey,
    at,
  ]);

const titleColumns = Prisma.raw(
  `"isbn", "title", "author", "publisher", "year", "clc", "gradeMin", "gradeMax", "isReference", "recommended", "addedOn", "searchKey", "updatedAt"`,
);

/**
 * Inserts titles in multi-row statements (Prisma's per-row writes are too slow for a 30 000-row
 * catalog) and returns each new id with the columns that identify it.
 */
export async function insertTitles(
  tx: Tx,
  titles: readonly TitleRow[],
): Promise<{ id: number; isbn: string | null; title: string; author: string }[]> {
  const out: { id: number; isbn: string | null; title: string; author: string }[] = [];
  for (const batch of batches(titles)) {
    out.push(
      ...(await queryRows<typeof out>(
        tx,
        Prisma.sql`INSERT INTO "Title" (${titleColumns}) VALUES ${Prisma.join(batch.map((t) => Prisma.sql`(${titleFields(t, new Date())})`))} RETURNING "id", "isbn", "title", "author"`,
      )),
    );
  }
  return out.map((r) => ({ ...r, id: Number(r.id) }));
}

/** Rewrites stored titles by id (an upsert on the primary key updates many rows per statement). */
export async function updateTitles(tx: Tx, titles: readonly StoredTitle[]): Promise<void> {
  const set = Prisma.raw(
    [
      "title",
      "author",
      "publisher",
      "year",
      "clc",
      "gradeMin",
      "gradeMax",
      "isReference",
      "recommended",
      "addedOn",
      "searchKey",
      "updatedAt",
    ]
      .map((c) => `"${c}" = excluded."${c}"`)
      .join(", "),
  );
  for (const batch of batches(titles)) {
    const at = new Date();
    const rows = batch.map((t) => Prisma.sql`(${t.id}, ${titleFields(t, at)})`);
    await executeSql(
      tx,
      Prisma.sql`INSERT INTO "Title" ("id", ${titleColumns}) VALUES ${Prisma.join(rows)} ON CONFLICT ("id") DO UPDATE SET ${set}`,
    );
  }
}

/** Inserts or rewrites copies by barcode; a copy's status is left as it is. */
export async function upsertCopies(tx: Tx, copies: readonly CopyRow[]): Promise<void> {
  for (const batch of batches(copies)) {
    await executeSql(
      tx,
      Prisma.sql`INSERT INTO "Copy" ("barcode", "titleId", "callNumber", "location", "priceCents") VALUES ${Prisma.join(
        batch.map(
          (c) =>
            Prisma.sql`(${c.barcode}, ${c.titleId}, ${c.callNumber}, ${c.location}, ${c.priceCents})`,
        ),
      )} ON CONFLICT ("barcode") DO UPDATE SET "titleId" = excluded."titleId", "callNumber" = excluded."callNumber", "location" = excluded."location", "priceCents" = excluded."priceCents"`,
    );
  }
}
