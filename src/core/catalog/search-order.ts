import type { IndexedTitle } from "./search-rank.ts";
import { tierCount } from "./search-rank.ts";

/**
 * Matches sorted into tiers as they are found (in title-id order). Only the tiers a page
 * reaches are then ordered by copies on shelf, by bucketing rather than sorting, so a
 * one-letter query matching most of the catalogue still costs a single pass.
 */
export class TierBuckets {
  private readonly tiers: IndexedTitle[][] = Array.from({ length: tierCount }, () => []);
  private count = 0;

  /** Adds a match; titles normally arrive in id order, a late one is put in its place. */
  add(t: IndexedTitle, tier: number): void {
    const bucket = this.tiers[tier];
    if (!bucket) return;
    const last = bucket[bucket.length - 1];
    if (!last || last.id < t.id) bucket.push(t);
    else
      bucket.splice(
        bucket.findIndex((b) => b.id > t.id),
        0,
        t,
      );
    this.count++;
  }

  get total(): number {
    return this.count;
  }

  /** Hits [offset, offset + limit): by tier, then more copies on shelf, then title id. */
  page(offset: number, limit: number, onShelf: ReadonlyMap<number, number>): IndexedTitle[] {
    const end = offset + limit;
    const out: IndexedTitle[] = [];
    let seen = 0;
    for (const bucket of this.tiers) {
      if (seen >= end) break;
      if (seen + bucket.length > offset) {
        const ordered = byShelf(bucket, onShelf);
        out.push(...ordered.slice(Math.max(0, offset - seen), end - seen));
      }
      seen += bucket.length;
    }
    return out;
  }
}

/** A stable order by copies on shelf, most first (a bucket per count, no comparison sort). */
function byShelf(titles: IndexedTitle[], onShelf: ReadonlyMap<number, number>): IndexedTitle[] {
  if (titles.length < 2) return titles;
  const groups = new Map<number, IndexedTitle[]>();
  for (const t of titles) {
    const n = onShelf.get(t.id) ?? 0;
    const group = groups.get(n);
    if (group) group.push(t);
    else groups.set(n, [t]);
  }
  const counts = [...groups.keys()].sort((a, b) => b - a);
  return counts.flatMap((n) => groups.get(n) ?? []);
}
