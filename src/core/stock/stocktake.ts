import {
  closeStocktake,
  countStocktakeScans,
  findCopiesAt,
  findCopyLocations,
  findLastFinishedStocktake,
  findOpenStocktakeAt,
  findOpenStocktakes,
  findScannedCopies,
  findStockCopy,
  findStocktake,
  insertOpenStocktake,
  insertStocktakeScan,
} from "../../db/stocktake-repo.ts";
import { runTransaction } from "../../db/transact.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import { isDeskStaff } from "../circulation/desk-staff.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Refused, Result } from "../result.ts";
import { reportCounts, stocktakeReport } from "./stocktake-report.ts";
import type { StocktakeReport } from "./stocktake-report.ts";

export interface OpenStocktake {
  stocktakeId: number;
  location: string;
  /** Copies scanned so far. */
  scanned: number;
}

export type StartRefusal = "not_librarian" | "unknown_location";
export type ScanRefusal = "not_desk_staff" | "not_open" | "unknown_copy";
export type FinishRefusal = "not_librarian" | "not_open";

/** What one scan found. */
export interface Scanned {
  title: string;
  /** False when this copy was already scanned in this stocktake (nothing changed). */
  fresh: boolean;
  /** Set when the copy belongs to another location (错架): that location. */
  belongsTo?: string;
  /** Set when the records say the copy is lent (on_loan, in_corner): a return to record. */
  lentStatus?: string;
  scanned: number;
}

/** The copy locations a stocktake may cover (Copy.location, as the catalogue import set them). */
export async function stockLocations(
  lib: Library,
  actor: Actor,
): Promise<Result<string[], "not_desk_staff">> {
  if (!(await isDeskStaff(lib, actor))) return refuse("not_desk_staff");
  return ok(await findCopyLocations(lib.db));
}

/**
 * Starts a stocktake (盘点) of a location, or — when one is open there already (one open
 * stocktake per location, kept by a unique column) — hands back that one, `resumed`.
 * Librarian only. Refusals: not_librarian, unknown_location (no copy belongs there; detail
 * lists the known locations).
 */
export async function startStocktake(
  lib: Library,
  actor: Actor,
  input: { location: string },
): Promise<
  | { ok: true; value: OpenStocktake & { resumed: boolean } }
  | Refused<StartRefusal, { unknown_location: { locations: string } }>
> {
  if (!actor.isLibrarian) return refuse("not_librarian");
  const location = input.location.trim();
  const known = await findCopyLocations(lib.db);
  if (!known.includes(location)) {
    return refuse("unknown_location", { locations: known.join("、") });
  }
  return runTransaction(lib.db, async (tx) => {
    const opened = await insertOpenStocktake(tx, {
      location,
      startedBy: actor.memberId ?? null,
      startedAt: lib.now(),
    });
    const row = await findOpenStocktakeAt(tx, location);
    if (!row) throw new Error("an open stocktake vanished inside its transaction");
    if (opened) await audit(tx, actor, "stocktake.start", `stocktake:${row.id}`, { location });
    const scanned = await countStocktakeScans(tx, row.id);
    return ok({ stocktakeId: row.id, location, scanned, resumed: !opened });
  });
}

/** The open stocktakes, for the desk staff who scan into them. */
export async function openStocktakes(
  lib: Library,
  actor: Actor,
): Promise<Result<OpenStocktake[], "not_desk_staff">> {
  if (!(await isDeskStaff(lib, actor))) return refuse("not_desk_staff");
  const rows = await findOpenStocktakes(lib.db);
  const out: OpenStocktake[] = [];
  for (const r of rows) {
    out.push({
      stocktakeId: r.id,
      location: r.location,
      scanned: await countStocktakeScans(lib.db, r.id),
    });
  }
  return ok(out);
}

/**
 * Records one scanned barcode in an open stocktake. Scanning a copy twice changes nothing
 * (`fresh` false). Desk staff only: the librarian or a 小管 on duty. Refusals: not_desk_staff,
 * not_open (finished meanwhile, or no such stocktake), unknown_copy (no copy has the barcode).
 */
export async function scanForStocktake(
  lib: Library,
  actor: Actor,
  input: { stocktakeId: number; barcode: string },
): Promise<Result<Scanned, ScanRefusal>> {
  if (!(await isDeskStaff(lib, actor))) return refuse("not_desk_staff");
  return runTransaction(lib.db, async (tx): Promise<Result<Scanned, ScanRefusal>> => {
    const take = await findStocktake(tx, input.stocktakeId);
    if (!take || take.openLocation === null) return refuse("not_open");
    const copy = await findStockCopy(tx, input.barcode.trim());
    if (!copy) return refuse("unknown_copy");
    const fresh = await insertStocktakeScan(tx, {
      stocktakeId: take.id,
      copyId: copy.id,
      scannedBy: actor.memberId ?? null,
      scannedAt: lib.now(),
    });
    if (fresh)
      await audit(tx, actor, "stocktake.scan", `stocktake:${take.id}`, { copyId: copy.id });
    const lent = copy.status === "on_loan" || copy.status === "in_corner";
    return ok({
      title: copy.title,
      fresh,
      scanned: await countStocktakeScans(tx, take.id),
      ...(copy.location === take.location ? {} : { belongsTo: copy.location }),
      ...(lent ? { lentStatus: copy.status } : {}),
    });
  });
}

/**
 * Finishes an open stocktake: the report (see stocktakeReport) is kept with it and returned,
 * and the location may be stocktaken again. Librarian only. Refusals: not_librarian, not_open
 * (already finished, also by another librarian at the same moment).
 */
export async function finishStocktake(
  lib: Library,
  actor: Actor,
  input: { stocktakeId: number },
): Promise<Result<StocktakeReport, FinishRefusal>> {
  if (!actor.isLibrarian) return refuse("not_librarian");
  return runTransaction(lib.db, async (tx): Promise<Result<StocktakeReport, FinishRefusal>> => {
    const take = await findStocktake(tx, input.stocktakeId);
    if (!take || take.openLocation === null) return refuse("not_open");
    const report = stocktakeReport(
      take.location,
      await findCopiesAt(tx, take.location),
      await findScannedCopies(tx, take.id),
    );
    const stored = { finishedAt: lib.now(), report: JSON.stringify(report) };
    if (!(await closeStocktake(tx, take.id, stored))) return refuse("not_open");
    await audit(tx, actor, "stocktake.finish", `stocktake:${take.id}`, reportCounts(report));
    return ok(report);
  });
}

/** The report of the last finished stocktake, for the librarian. */
export async function lastStocktakeReport(
  lib: Library,
  actor: Actor,
): Promise<Result<StocktakeReport & { finishedAt: string }, "not_librarian" | "none">> {
  if (!actor.isLibrarian) return refuse("not_librarian");
  const row = await findLastFinishedStocktake(lib.db);
  if (!row?.finishedAt) return refuse("none");
  const report = JSON.parse(row.report) as StocktakeReport;
  return ok({ ...report, finishedAt: row.finishedAt.toISOString() });
}
