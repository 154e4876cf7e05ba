import type { DemoCopyRow } from "../db/demo-rows.ts";
import { streamFor } from "./random.ts";
import type { Rng } from "./random.ts";
import type { DemoTitle } from "./titles.ts";

/** A demo copy with what circulation planning needs to know about its title. */
export interface DemoCopy extends DemoCopyRow {
  title: DemoTitle;
}

export const locations = {
  lending: "一楼借阅区",
  reading: "二楼阅览室",
  reference: "工具书区",
} as const;

function copyCount(rng: Rng, t: DemoTitle): number {
  if (t.isReference) return 2;
  if (t.classic) return 3;
  const r = rng.next();
  return r < 0.5 ? 1 : r < 0.85 ? 2 : 3;
}

function location(rng: Rng, t: DemoTitle): string {
  if (t.isReference) return locations.reference;
  if (t.gradeMin <= 2) return locations.lending;
  return rng.chance(0.7) ? locations.lending : locations.reading;
}

/**
 * 1–3 copies per title (3 of each classic, 2 of each reference book), barcodes A000001… in
 * catalogue order, a list price and a shelf location; all available until circulation is planned.
 */
export function planCopies(seed: number, titles: readonly DemoTitle[], at: Date): DemoCopy[] {
  const rng = streamFor(seed, "copies");
  const copies: DemoCopy[] = [];
  for (const title of titles) {
    const n = copyCount(rng, title);
    const priceCents = rng.int(150, 600) * 10;
    const shelf = location(rng, title);
    for (let i = 0; i < n; i++) {
      copies.push({
        barcode: `A${String(copies.length + 1).padStart(6, "0")}`,
        isbn: title.isbn,
        callNumber: title.callNumber,
        location: shelf,
        priceCents,
        status: "available",
        updatedAt: at,
        title,
      });
    }
  }
  return copies;
}
