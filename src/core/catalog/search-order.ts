import type { CatalogIndex } from "./search-index.ts";
import type { TitleInfo } from "./hits.ts";
import { tierCount } from "./search-rank.ts";
import type { ParsedQuery } from "./search-rank.ts";
import { matchTitles } from "./title-index.ts";

/**
 * Matches sorted into tiers as they are found (in title-id order). Only the tiers a page
 * reaches are then ordered by copies on shelf, by bucketing rather than sorting, so a
 * one-letter query matching most of the catalogue still costs a single pass.
 */
export class TierBuckets {
  private readonly tiers: TitleInfo[][] = Array.from({ length: tierCount }, () => []);
  private readonly ordered: (TitleInfo[] | undefined)[] = [];
  private count = 0;

  constructor(private readonly onShelf: ReadonlyMap<number, number>) {}

  /** Adds a match; titles normally arrive in id order, a late one is put in its place. */
  add(t: TitleInfo, tier: number): void {
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
    this.ordered[tier] = undefined;
    this.count++;
  }

  get total(): number {
    return this.count;
  }

  /** Hits [offset, offset + limit): by tier, then more copies on shelf, then title id. */
  page(offset: number, limit: number): TitleInfo[] {
    const end = offset + limit;
    const out: TitleInfo[] = [];
    let seen = 0;
    this.tiers.forEach((bucket, tier) => {
      if (seen < end && seen + bucket.length > offset) {
        const ordered = (this.ordered[tier] ??= byShelf(bucket, this.onShelf));
        out.push(...ordered.slice(Math.max(0, offset - seen), end - seen));
      }
      seen += bucket.length;
    });
    return out;
  }
}

/** A stable order by copies on shelf, most first (a bucket per count, no comparison sort). */
function byShelf(titles: TitleInfo[], onShelf: ReadonlyMap<number, number>): TitleInfo[] {
  if (titles.length < 2) return titles;
  const groups = new Map<number, TitleInfo[]>();
  for (const t of titles) {
    const n = onShelf.get(t.id) ?? 0;
    const group = groups.get(n);
    if (group) group.push(t);
    else groups.set(n, [t]);
  }
  const counts = [...groups.keys()].sort((a, b) => b - a);
  return counts.flatMap((n) => groups.get(n) ?? []);
}

const remembered = 32;

/**
 * Recent queries' matches per index state. A state is replaced on any catalogue or shelf
 * change, so a remembered answer is never stale; it makes the next page of a broad query
 * (one letter can match most of the catalogue) cost only the page's own read.
 */
const recent = new WeakMap<CatalogIndex, Map<string, TierBuckets>>();

/** The matches of `q` in tiers, from the recent answers or by scanning the index. */
export function matchesOf(index: CatalogIndex, q: ParsedQuery): TierBuckets {
  const cache = recent.get(index) ?? new Map<string, TierBuckets>();
  recent.set(index, cache);
  const key = `${q.text}\n${q.isbn13 ?? ""}`;
  const known = cache.get(key);
  cache.delete(key);
  const buckets = known ?? new TierBuckets(index.shelf.counts);
  if (!known) matchTitles(index.titles, q, (t, tier) => buckets.add(t, tier));
  cache.set(key, buckets);
  for (const old of cache.keys()) if (cache.size > remembered) cache.delete(old);
  return buckets;
}
