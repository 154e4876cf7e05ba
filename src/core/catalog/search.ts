import type { Db } from "../../db/client.ts";
import { countAvailableByTitle, findTitlesByKeyScan } from "../../db/search-repo.ts";
import type { Actor } from "../actor.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import { toHits } from "./hits.ts";
import type { HitPage } from "./hits.ts";
import { toIsbn10 } from "./isbn.ts";
import { titleIndex } from "./search-index.ts";
import { parseQuery, rankByTier, toIndexed } from "./search-rank.ts";
import type { ParsedQuery, Ranked } from "./search-rank.ts";

export interface PageOptions {
  limit?: number;
  offset?: number;
}

const maxLimit = 50;

/** The page asked for, clamped to 1–50 hits from offset ≥ 0. */
export function pageBounds(opts: PageOptions): { offset: number; limit: number } {
  const limit = Math.min(maxLimit, Math.max(1, Math.floor(opts.limit ?? 10)));
  return { limit, offset: Math.max(0, Math.floor(opts.offset ?? 0)) };
}

/** The tier span [lo, hi) of `ranked` that the page [offset, end) touches. */
function tierSpan(ranked: Ranked[], offset: number, end: number): [number, number] {
  const first = ranked[offset]?.tier;
  const last = ranked[Math.min(end, ranked.length) - 1]?.tier;
  let lo = offset;
  let hi = Math.min(end, ranked.length);
  while (lo > 0 && ranked[lo - 1]?.tier === first) lo--;
  while (hi < ranked.length && ranked[hi]?.tier === last) hi++;
  return [lo, hi];
}

/**
 * Orders each tier the page touches by copies on shelf (then title id) and cuts the page.
 * Only those tiers need shelf counts, which are read in one grouped query.
 */
async function cutPage(db: Db, ranked: Ranked[], offset: number, limit: number): Promise<HitPage> {
  const end = offset + limit;
  if (offset >= ranked.length) return { total: ranked.length, hits: [] };
  const [lo, hi] = tierSpan(ranked, offset, end);
  const span = ranked.slice(lo, hi);
  if (span.length > 1) {
    const onShelf = await countAvailableByTitle(
      db,
      span.map((r) => r.t.id),
    );
    const shelf = (r: Ranked) => onShelf.get(r.t.id) ?? 0;
    span.sort((a, b) => a.tier - b.tier || shelf(b) - shelf(a) || a.t.id - b.t.id);
  }
  const page = span.slice(offset - lo, end - lo).map((r) => r.t);
  return { total: ranked.length, hits: await toHits(db, page) };
}

/**
 * Finds titles by title, author, ISBN (10 or 13, hyphens optional), full pinyin (`xiyouji`),
 * initials (`xyj`) or a Chinese substring (`西游`). Order: exact title, title prefix, title
 * substring, pinyin (exact, prefix, substring), author, anything else; within a tier more
 * copies on shelf first, then title id. Anyone may search, group chats included.
 * Refuses `bad_query` for an empty query, one over 100 characters, or one with nothing
 * searchable in it. Matching runs on an in-memory index kept fresh by a cheap version check.
 */
export async function searchTitles(
  lib: Library,
  _actor: Actor,
  query: string,
  opts: PageOptions = {},
): Promise<Result<HitPage, "bad_query">> {
  const q = parseQuery(query);
  if (!q) return refuse("bad_query");
  const { offset, limit } = pageBounds(opts);
  const ranked = rankByTier(await titleIndex(lib.db), q);
  return ok(await cutPage(lib.db, ranked, offset, limit));
}

function isbnForms(q: ParsedQuery): string[] {
  if (!q.isbn13) return [];
  const ten = toIsbn10(q.isbn13);
  return ten ? [q.isbn13, ten] : [q.isbn13];
}

/**
 * The same search as `searchTitles` done the plain way: `searchKey LIKE '%q%'` over the whole
 * table on every call. Kept as the baseline the benchmark measures the index against.
 */
export async function likeScanSearch(
  lib: Library,
  _actor: Actor,
  query: string,
  opts: PageOptions = {},
): Promise<Result<HitPage, "bad_query">> {
  const q = parseQuery(query);
  if (!q) return refuse("bad_query");
  const { offset, limit } = pageBounds(opts);
  const rows = await findTitlesByKeyScan(lib.db, q.text, isbnForms(q));
  const ranked = rankByTier(rows.map(toIndexed), q);
  return ok(await cutPage(lib.db, ranked, offset, limit));
}
