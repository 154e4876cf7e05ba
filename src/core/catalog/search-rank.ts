import type { TitleInfo } from "./hits.ts";
import { compactIsbn, toIsbn13 } from "./isbn.ts";
import { normalize, searchKeyFields } from "./search-key.ts";
import type { SearchKeyFields } from "./search-key.ts";

/** A title as the search index holds it: catalogue facts plus its key split into fields. */
export interface IndexedTitle extends TitleInfo {
  fields: SearchKeyFields;
  /** The ISBN in ISBN-13 form ("" when none or invalid), so 10 and 13 queries meet. */
  isbn13: string;
  /** The stored key plus the ISBN-13: one string a query is first tested against. */
  haystack: string;
}

export interface ParsedQuery {
  text: string;
  isbn13: string | null;
}

/**
 * Match tiers, best first. Pinyin is split into exact/prefix/substring so `xyj` puts 西游记
 * before 小眼睛的秘密; all pinyin tiers rank below any match on the Chinese title itself.
 */
export const Tier = {
  exactTitle: 0,
  titlePrefix: 1,
  titleSubstring: 2,
  pinyinExact: 3,
  pinyinPrefix: 4,
  pinyinSubstring: 5,
  author: 6,
  other: 7,
} as const;

export const maxQueryLength = 100;

/** The query as searched, or null when it is empty, too long or has nothing to search by. */
export function parseQuery(raw: string): ParsedQuery | null {
  const trimmed = raw.trim();
  if (trimmed.length === 0 || trimmed.length > maxQueryLength) return null;
  const text = normalize(trimmed);
  if (text.length === 0) return null;
  return { text, isbn13: toIsbn13(trimmed) };
}

export function toIndexed(row: TitleInfo & { searchKey: string }): IndexedTitle {
  const { searchKey, ...info } = row;
  const isbn13 = (row.isbn && toIsbn13(row.isbn)) || compactIsbn(row.isbn ?? "").toLowerCase();
  return {
    ...info,
    fields: searchKeyFields(searchKey, row),
    isbn13,
    haystack: `${searchKey}|${isbn13}`.toLowerCase(),
  };
}

function pinyinTier(forms: string[], s: string): number | null {
  let best: number | null = null;
  for (const p of forms) {
    const tier =
      p === s
        ? Tier.pinyinExact
        : p.startsWith(s)
          ? Tier.pinyinPrefix
          : p.includes(s)
            ? Tier.pinyinSubstring
            : null;
    if (tier !== null && (best === null || tier < best)) best = tier;
  }
  return best;
}

/** How well a title matches, or null when it does not match at all. */
export function tierOf(t: IndexedTitle, q: ParsedQuery): number | null {
  const s = q.text;
  const isbnHit = q.isbn13 !== null && t.isbn13 === q.isbn13;
  if (!isbnHit && !t.haystack.includes(s)) return null;
  const f = t.fields;
  if (f.title === s) return Tier.exactTitle;
  if (f.title.startsWith(s)) return Tier.titlePrefix;
  if (f.title.includes(s)) return Tier.titleSubstring;
  const py = pinyinTier(f.titlePinyin, s);
  if (py !== null) return py;
  if (f.author.includes(s) || f.authorPinyin.some((p) => p.includes(s))) return Tier.author;
  return Tier.other;
}

export interface Ranked {
  t: IndexedTitle;
  tier: number;
}

/** Matching titles ordered by tier, then title id (the final shelf order comes later). */
export function rankByTier(titles: readonly IndexedTitle[], q: ParsedQuery): Ranked[] {
  const out: Ranked[] = [];
  for (const t of titles) {
    const tier = tierOf(t, q);
    if (tier !== null) out.push({ t, tier });
  }
  return out.sort((a, b) => a.tier - b.tier || a.t.id - b.t.id);
}
