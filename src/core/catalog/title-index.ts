import type { TitleInfo } from "./hits.ts";
import { toIndexed } from "./search-rank.ts";
import type { IndexedTitle, ParsedQuery } from "./search-rank.ts";
import { firstOccurrences } from "./text-occurrences.ts";

/**
 * Every title's search text in one string, in id order, with where each title starts.
 * One `indexOf` pass over a single flat string is ~20× faster than `includes` on 30 000
 * separate strings, and matches come out in id order for free.
 */
export interface TitleIndex {
  list: IndexedTitle[];
  byId: Map<number, IndexedTitle>;
  byIsbn13: Map<string, IndexedTitle>;
  text: string;
  starts: Int32Array;
}

/** Builds the index from titles already converted, in any order. */
export function buildTitleIndex(titles: Iterable<IndexedTitle>): TitleIndex {
  const list = [...titles].sort((a, b) => a.id - b.id);
  const starts = new Int32Array(list.length);
  let at = 0;
  list.forEach((t, i) => {
    starts[i] = at;
    at += t.haystack.length + 1;
  });
  return {
    list,
    byId: new Map(list.map((t) => [t.id, t])),
    byIsbn13: new Map(list.filter((t) => t.isbn13).map((t) => [t.isbn13, t])),
    // "\n" never survives query normalisation, so no match spans two titles.
    text: list.map((t) => t.haystack).join("\n"),
    starts,
  };
}

/** The index with some titles added or replaced. */
export function withTitles(
  index: TitleIndex,
  rows: (TitleInfo & { searchKey: string })[],
): TitleIndex {
  const byId = new Map(index.byId);
  for (const r of rows) byId.set(r.id, toIndexed(r));
  return buildTitleIndex(byId.values());
}

/**
 * Calls `visit` for each title whose search text contains the query, in id order, with the
 * offset of the first occurrence in its haystack; then for the title whose ISBN equals an
 * ISBN query if its text did not match (offset -1).
 */
export function matchTitles(
  index: TitleIndex,
  q: ParsedQuery,
  visit: (t: IndexedTitle, at: number) => void,
): void {
  const { list } = index;
  let isbnSeen = false;
  firstOccurrences(index, q.text, (i, at) => {
    const t = list[i];
    if (!t) return;
    visit(t, at);
    if (t.isbn13 === q.isbn13) isbnSeen = true;
  });
  const byIsbn = q.isbn13 && !isbnSeen ? index.byIsbn13.get(q.isbn13) : undefined;
  if (byIsbn) visit(byIsbn, -1);
}
