import type { TitleInfo } from "./hits.ts";
import { compactIsbn, toIsbn13 } from "./isbn.ts";
import { normalize, searchKeyFields } from "./search-key.ts";

/**
 * A title ready for the index: its catalogue facts, its searchable text and where its fields
 * begin. The index keeps `info` and the offsets, and `haystack` only inside its one shared text.
 */
export interface TitleEntry {
  info: TitleInfo;
  /**
   * The searchable text, best field first: title | title pinyin | author | author pinyin |
   * other | ISBN-13 (in ISBN-13 form, "" when none or invalid, so 10 and 13 queries meet).
   * The first occurrence of a query therefore lies in its best field.
   */
  haystack: string;
  /** Offsets in `haystack` where the title pinyin, author, other and ISBN-13 fields begin. */
  marks: [number, number, number, number];
}

/** What ranking reads of an index: the titles' haystacks joined by "\n" and their fields. */
export interface RankText {
  text: string;
  /** Where each title's haystack starts in `text`, ascending. */
  starts: Int32Array;
  /** Four per title (`TitleEntry.marks`), from its start: pinyin, author, other, ISBN-13. */
  marks: Int32Array;
}

export interface ParsedQuery {
  text: string;
  isbn13: string | null;
}

/**
 * Match tiers, best first. Pinyin is split into exact/prefix/substring so `xyj` puts 西游记
 * before 西游记故事; all pinyin tiers rank below any match on the Chinese title itself.
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

export const tierCount = 8;
export const maxQueryLength = 100;

/** The query as searched, or null when it is empty, too long or has nothing to search by. */
export function parseQuery(raw: string): ParsedQuery | null {
  const trimmed = raw.trim();
  if (trimmed.length === 0 || trimmed.length > maxQueryLength) return null;
  const text = normalize(trimmed);
  if (text.length === 0) return null;
  return { text, isbn13: toIsbn13(trimmed) };
}

const span = (parts: string[]): number => parts.reduce((n, p) => n + p.length + 1, 0);

/** The catalogue facts alone, as one object literal so every title shares one hidden class. */
const infoOf = (row: TitleInfo): TitleInfo => ({
  id: row.id,
  title: row.title,
  author: row.author,
  isbn: row.isbn,
  publisher: row.publisher,
  year: row.year,
  clc: row.clc,
  gradeMin: row.gradeMin,
  gradeMax: row.gradeMax,
  isReference: row.isReference,
});

/** Builds the index entry of a title from its row (the row's search key is not kept). */
export function toEntry(row: TitleInfo & { searchKey: string }): TitleEntry {
  const isbn13 = (row.isbn && toIsbn13(row.isbn)) || compactIsbn(row.isbn ?? "").toLowerCase();
  const f = searchKeyFields(row.searchKey.toLowerCase(), row);
  const pinyinAt = f.title.length + 1;
  const authorAt = pinyinAt + span(f.titlePinyin);
  const otherAt = authorAt + span([f.author, ...f.authorPinyin]);
  const isbnAt = otherAt + span(f.other);
  const parts = [f.title, ...f.titlePinyin, f.author, ...f.authorPinyin, ...f.other, isbn13];
  return {
    info: infoOf(row),
    haystack: parts.join("|"),
    marks: [pinyinAt, authorAt, otherAt, isbnAt],
  };
}

/** The best pinyin tier of the "|"-separated forms in `text` [from, to) for query `s`. */
function pinyinTier(text: string, from: number, to: number, s: string): number {
  let best: number = Tier.pinyinSubstring;
  for (let a = from; a < to;) {
    let b = text.indexOf("|", a);
    if (b < 0 || b > to) b = to;
    if (b - a >= s.length && text.startsWith(s, a)) {
      if (b - a === s.length) return Tier.pinyinExact;
      best = Tier.pinyinPrefix;
    }
    a = b + 1;
  }
  return best;
}

/**
 * The tier of title `i` whose haystack first contains the query at offset `at` (-1 when only
 * its ISBN matched). Constant time for a title match, a scan of its pinyin forms for a pinyin one.
 */
export function tierAt(x: RankText, i: number, at: number, q: ParsedQuery): number {
  if (at < 0) return Tier.other;
  const pinyinAt = x.marks[4 * i] ?? 0;
  const authorAt = x.marks[4 * i + 1] ?? 0;
  if (at < pinyinAt) {
    if (at > 0) return Tier.titleSubstring;
    return q.text.length === pinyinAt - 1 ? Tier.exactTitle : Tier.titlePrefix;
  }
  if (at < authorAt) {
    const start = x.starts[i] ?? 0;
    return pinyinTier(x.text, start + pinyinAt, start + authorAt - 1, q.text);
  }
  return at < (x.marks[4 * i + 2] ?? 0) ? Tier.author : Tier.other;
}
