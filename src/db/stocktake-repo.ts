import { Prisma } from "../generated/prisma/client.ts";
import type { Db, Tx } from "./client.ts";
import { executeSql } from "./direct-sql.ts";

/** A copy as a stocktake sees it: where it belongs and what circulation says of it. */
export interface StockCopyRow {
  id: number;
  barcode: string;
  location: string;
  status: string;
  title: string;
}

const stockCopySelect = {
  id: true,
  barcode: true,
  location: true,
  status: true,
  title: { select: { title: true } },
} as const;

const flat = (c: {
  id: number;
  barcode: string;
  location: string;
  status: string;
  title: { title: string };
}): StockCopyRow => ({ ...c, title: c.title.title });

/** The distinct non-empty copy locations, in name order. */
export async function findCopyLocations(db: Db | Tx): Promise<string[]> {
  const rows = await db.copy.findMany({
    where: { location: { not: "" } },
    distinct: ["location"],
    select: { location: true },
    orderBy: { location: "asc" },
  });
  return rows.map((r) => r.location);
}

/**
 * Opens a stocktake of `location` unless one is open there (`INSERT … ON CONFLICT DO NOTHING`
 * on the unique openLocation, so of two librarians exactly one opens it). True when opened.
 */
export async function insertOpenStocktake(
  tx: Tx,
  row: { location: string; startedBy: number | null; startedAt: Date },
): Promise<boolean> {
  const n = await executeSql(
    tx,
    Prisma.sql`
    INSERT INTO "Stocktake" ("location", "openLocation", "startedBy", "startedAt", "report")
    VALUES (${row.location}, ${row.location}, ${row.startedBy}, ${row.startedAt}, '{}')
    ON CONFLICT ("openLocation") DO NOTHING`,
  );
  return n === 1;
}

export function findOpenStocktakeAt(db: Db | Tx, location: string) {
  return db.stocktake.findUnique({
    where: { openLocation: location },
    select: { id: true, location: true, startedAt: true },
  });
}

export function findOpenStocktakes(db: Db | Tx) {
  return db.stocktake.findMany({
    where: { openLocation: { not: null } },
    select: { id: true, location: true, startedAt: true },
    orderBy: { id: "asc" },
  });
}

export function findStocktake(db: Db | Tx, id: number) {
  return db.stocktake.findUnique({
    where: { id },
    select: { id: true, location: true, openLocation: true, finishedAt: true, report: true },
  });
}

export function findLastFinishedStocktake(db: Db | Tx) {
  return db.stocktake.findFirst({
    where: { finishedAt: { not: null } },
    select: { id: true, location: true, finishedAt: true, report: true },
    orderBy: [{ finishedAt: "desc" }, { id: "desc" }],
  });
}

/** Records a scan unless that copy was already scanned in this stocktake. True when new. */
export async function insertStocktakeScan(
  tx: Tx,
  row: { stocktakeId: number; copyId: number; scannedBy: number | null; scannedAt: Date },
): Promise<boolean> {
  const n = await executeSql(
    tx,
    Prisma.sql`
    INSERT INTO "StocktakeScan" ("stocktakeId", "copyId", "scannedBy", "scannedAt")
    VALUES (${row.stocktakeId}, ${row.copyId}, ${row.scannedBy}, ${row.scannedAt})
    ON CONFLICT ("stocktakeId", "copyId") DO NOTHING`,
  );
  return n === 1;
}

export function countStocktakeScans(db: Db | Tx, stocktakeId: number): Promise<number> {
  return db.stocktakeScan.count({ where: { stocktakeId } });
}

/** The copies scanned in a stocktake. */
export async function findScannedCopies(tx: Tx, stocktakeId: number): Promise<StockCopyRow[]> {
  const rows = await tx.stocktakeScan.findMany({
    where: { stocktakeId },
    select: { copy: { select: stockCopySelect } },
    orderBy: { copyId: "asc" },
  });
  return rows.map((r) => flat(r.copy));
}

/** The copies that belong at a location (any status; the core decides what is expected). */
export async function findCopiesAt(tx: Tx, location: string): Promise<StockCopyRow[]> {
  const rows = await tx.copy.findMany({
    where: { location },
    select: stockCopySelect,
    orderBy: { barcode: "asc" },
  });
  return rows.map(flat);
}

/** Closes an open stocktake with its report; false when it was already closed. */
export async function closeStocktake(
  tx: Tx,
  id: number,
  data: { finishedAt: Date; report: string },
): Promise<boolean> {
  const r = await tx.stocktake.updateMany({
    where: { id, openLocation: { not: null } },
    data: { ...data, openLocation: null },
  });
  return r.count === 1;
}

/** A copy by its barcode, with its location. */
export async function findStockCopy(db: Db | Tx, barcode: string): Promise<StockCopyRow | null> {
  const row = await db.copy.findUnique({ where: { barcode }, select: stockCopySelect });
  return row && flat(row);
}

/** Copies in repair (status in_repair), by barcode. */
export async function findCopiesInRepair(db: Db | Tx): Promise<StockCopyRow[]> {
  const rows = await db.copy.findMany({
    where: { status: "in_repair" },
    select: stockCopySelect,
    orderBy: { barcode: "asc" },
  });
  return rows.map(flat);
}
