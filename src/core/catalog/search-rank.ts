import type { TitleInfo } from "./hits.ts";
import { compactIsbn, toIsbn13 } from "./isbn.ts";
import { normalize, searchKeyFields } from "./search-key.ts";
import type { SearchKeyFields } from "./search-key.ts";

/** A title as the search index holds it: catalogue facts plus its key split into fields. */
export interface IndexedTitle extends TitleInfo {
  fields: SearchKeyFields;
  /** The ISBN in ISBN-13 form ("" when none or invalid), so 10 and 13 queries meet. */
  isbn13: string;
  /**
   * The searchable text, best field first: title | title pinyin | author | author pinyin |
   * other | ISBN-13. The first occurrence of a query therefore lies in its best field.
   */
  haystack: string;
  /** Offsets in `haystack` where the title pinyin, author and other fields begin. */
  pinyinAt: number;
  authorAt: number;
  otherAt: number;
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

/**
 * A copy of a pinyin form that V8 stores one byte a character. Split from a key holding Chinese
 * it is stored two bytes a character, and comparing that with the query in `pinyinTier` (once
 * per match: tens of thousands for a one-letter query) is several times slower.
 */
const compactCopy = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

const span = (parts: string[]): number => parts.reduce((n, p) => n + p.length + 1, 0);

/**
 * Builds the index entry of a title. Written as one object literal (no spread) so every entry
 * shares one hidden class: property reads in the search loop stay fast.
 */
export function toIndexed(row: TitleInfo & { searchKey: string }): IndexedTitle {
  const isbn13 = (row.isbn && toIsbn13(row.isbn)) || compactIsbn(row.isbn ?? "").toLowerCase();
  const f = searchKeyFields(row.searchKey.toLowerCase(), row);
  f.titlePinyin = f.titlePinyin.map(compactCopy);
  const pinyinAt = f.title.length + 1;
  const authorAt = pinyinAt + span(f.titlePinyin);
  const otherAt = authorAt + span([f.author, ...f.authorPinyin]);
  const parts = [f.title, ...f.titlePinyin, f.author, ...f.authorPinyin, ...f.other, isbn13];
  return {
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
    fields: f,
    isbn13,
    // Flattened once here: a concatenated string is slower to search every time.
    haystack: (" " + parts.join("|")).slice(1),
    pinyinAt,
    authorAt,
    otherAt,
  };
}

function pinyinTier(forms: string[], s: string): number {
  let best: number = Tier.pinyinSubstring;
  for (let k = 0; k < forms.length; k++) {
    const p = forms[k] ?? "";
    if (p.length === s.length && p === s) return Tier.pinyinExact;
    if (p.startsWith(s)) best = Tier.pinyinPrefix;
  }
  return best;
}

/**
 * The tier of a title whose haystack first contains the query at offset `at` (-1 when only
 * its ISBN matched). Constant time for a title match, two string tests for a pinyin one.
 */
export function tierAt(t: IndexedTitle, at: number, q: ParsedQuery): number {
  if (at < 0) return Tier.other;
  if (at < t.pinyinAt) {
    if (at > 0) return Tier.titleSubstring;
    return q.text.length === t.fields.title.length ? Tier.exactTitle : Tier.titlePrefix;
  }
  if (at < t.authorAt) return pinyinTier(t.fields.titlePinyin, q.text);
  if (at < t.otherAt) return Tier.author;
  return Tier.other;
}
