import { stocktakeReport } from "../core/stock/stocktake-report.ts";
import type { Tx } from "../db/client.ts";
import {
  findDemoCopies,
  insertFinishedStocktake,
  setDemoRepair,
} from "../db/demo-stocktake-repo.ts";
import { locations } from "./copies.ts";

/**
 * The demo's finished stocktake (盘点) of the reading room, a day ago: every copy on its shelves
 * scanned except two (missing), one copy of the lending area found there (misplaced), one
 * copy set aside in repair (待修) — so 盘点 报告 and a search have something to show.
 */
export async function insertDemoStocktake(tx: Tx, now: Date): Promise<void> {
  const location = locations.reading;
  const here = await findDemoCopies(tx, { location }, 10_000);
  const onShelf = here.filter((c) => c.status === "available");
  const [repair, ...rest] = onShelf;
  if (!repair || rest.length < 3) return;
  const at = new Date(now.getTime() - 86_400_000);
  await setDemoRepair(tx, [repair.id], at);
  const others = await findDemoCopies(tx, { notLocation: location }, 50);
  const stray = others.find((c) => c.status === "available");
  const scanned = [...rest.slice(2), ...(stray ? [stray] : [])];
  const atLocation = here.map((c) => (c.id === repair.id ? { ...c, status: "in_repair" } : c));
  const report = stocktakeReport(location, atLocation, scanned);
  await insertFinishedStocktake(tx, {
    location,
    startedAt: new Date(at.getTime() - 3_600_000),
    finishedAt: at,
    copyIds: scanned.map((c) => c.id),
    report: JSON.stringify(report),
  });
}
