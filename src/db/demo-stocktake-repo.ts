import type { Tx } from "./client.ts";
import type { StockCopyRow } from "./stocktake-repo.ts";

/** Copies of a location, or of any other location, oldest first (the demo picks from them). */
export async function findDemoCopies(
  tx: Tx,
  where: { location: string } | { notLocation: string },
  take: number,
): Promise<StockCopyRow[]> {
  const rows = await tx.copy.findMany({
    where:
      "location" in where ? { location: where.location } : { location: { not: where.notLocation } },
    select: {
      id: true,
      barcode: true,
      location: true,
      status: true,
      title: { select: { title: true } },
    },
    orderBy: { id: "asc" },
    take,
  });
  return rows.map((r) => ({ ...r, title: r.title.title }));
}

/** Sets copies in repair, stamped at `at` (not the wall clock: the demo is deterministic). */
export async function setDemoRepair(tx: Tx, ids: number[], at: Date): Promise<void> {
  await tx.copy.updateMany({
    where: { id: { in: ids } },
    data: { status: "in_repair", updatedAt: at },
  });
}

/** A finished stocktake with its scans and report. */
export async function insertFinishedStocktake(
  tx: Tx,
  s: { location: string; startedAt: Date; finishedAt: Date; copyIds: number[]; report: string },
): Promise<void> {
  const row = await tx.stocktake.create({
    data: {
      location: s.location,
      startedAt: s.startedAt,
      finishedAt: s.finishedAt,
      report: s.report,
    },
    select: { id: true },
  });
  await tx.stocktakeScan.createMany({
    data: s.copyIds.map((copyId) => ({ stocktakeId: row.id, copyId, scannedAt: s.startedAt })),
  });
}
