import { countAvailableByKeyScan, findTitlesByKeyScan } from "../../db/search-repo.ts";
import type { Actor } from "../actor.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import { toHits } from "./hits.ts";
import type { HitPage, TitleHit, TitleInfo } from "./hits.ts";
import { toIsbn10 } from "./isbn.ts";
import { catalogIndex } from "./search-index.ts";
import { matchesOf, TierBuckets } from "./search-order.ts";
import { parseQuery, tierAt, toEntry } from "./search-rank.ts";
import type { ParsedQuery } from "./search-rank.ts";
import { buildTitleIndex, entryAt, titleById } from "./title-index.ts";

export interface PageOptions {
  limit?: number;
  offset?: number;
}

/** The page asked for, clamped to 1–50 hits from offset ≥ 0. */
export function pageBounds(opts: PageOptions): { offset: number; limit: number } {
  const limit = Math.min(50, Math.max(1, Math.floor(opts.limit ?? 10)));
  return { limit, offset: Math.max(0, Math.floor(opts.offset ?? 0)) };
}

/**
 * Finds titles by title, author, ISBN (10 or 13, hyphens optional), full pinyin (`xiyouji`),
 * initials (`xyj`) or a Chinese substring (`西游`). Order: exact title, title prefix, title
 * substring, pinyin (exact, prefix, substring), author, anything else; within a tier more
 * copies on shelf first, then title id. Anyone may search, group chats included.
 * Refuses `bad_query` for an empty query, one over 100 characters, or one with nothing
 * searchable in it. Matching and ordering run on an in-memory index (see search-index.ts);
 * only the page's shelf facts are read from the database.
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
  const buckets = matchesOf(await catalogIndex(lib.db), q);
  const hits = await toHits(lib.db, buckets.page(offset, limit));
  return ok({ total: buckets.total, hits });
}

/** A search as a menu lists it: the ids of every listed hit, the facts of the first few. */
export interface Listing {
  total: number;
  /** The ids of the hits listed, in `searchTitles` order. */
  ids: number[];
  /** The hits of the first `shown` ids, with their shelf facts. */
  hits: TitleHit[];
}

/**
 * The same search as `searchTitles` (same refusal, same order) for a menu that lists up to
 * `listed` hits but shows the first `shown` at once: only those are read with their shelf
 * facts; the others are read when shown (`titleHits`), if ever.
 */
export async function searchListing(
  lib: Library,
  _actor: Actor,
  query: string,
  opts: { listed: number; shown: number },
): Promise<Result<Listing, "bad_query">> {
  const q = parseQuery(query);
  if (!q) return refuse("bad_query");
  const { limit } = pageBounds({ limit: opts.listed });
  const buckets = matchesOf(await catalogIndex(lib.db), q);
  const titles = buckets.page(0, limit);
  const hits = await toHits(lib.db, titles.slice(0, Math.max(0, opts.shown)));
  return ok({ total: buckets.total, ids: titles.map((t) => t.id), hits });
}

/**
 * The hits of titles found before (a later page of a listed search, the hit chosen from it), in
 * the order given, with their shelf facts as they are now: a dialog keeps the ids of what it
 * listed, not every fact of every hit. A title deleted since is left out.
 */
export async function titleHits(
  lib: Library,
  _actor: Actor,
  ids: readonly number[],
): Promise<TitleHit[]> {
  const { titles } = await catalogIndex(lib.db);
  const infos = ids.map((id) => titleById(titles, id)).filter((t): t is TitleInfo => !!t);
  return toHits(lib.db, infos);
}

function isbnForms(q: ParsedQuery): string[] {
  if (!q.isbn13) return [];
  const ten = toIsbn10(q.isbn13);
  return ten ? [q.isbn13, ten] : [q.isbn13];
}

/**
 * The same search as `searchTitles` done the plain way: `searchKey LIKE '%q%'` over the whole
 * table on every call, and again joined to the copies for the shelf counts. Kept as the
 * baseline the benchmark measures the index against.
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
  const [rows, onShelf] = await Promise.all([
    findTitlesByKeyScan(lib.db, q.text, isbnForms(q)),
    countAvailableByKeyScan(lib.db, q.text, isbnForms(q)),
  ]);
  const buckets = new TierBuckets(onShelf);
  const index = buildTitleIndex(rows.map(toEntry));
  index.list.forEach((t, i) => {
    buckets.add(t, tierAt(index, i, entryAt(index, i).haystack.indexOf(q.text), q));
  });
  const page = buckets.page(offset, limit);
  return ok({ total: buckets.total, hits: await toHits(lib.db, page) });
}
