import { createRequire } from "node:module";
import type * as PinyinPro from "pinyin-pro";

const han = /\p{Script=Han}/u;

let loaded: typeof PinyinPro | undefined;

/**
 * pinyin-pro with the readings below, loaded on first use: it builds its dictionary as it loads
 * (~35 ms of CPU and ~15 MiB) and a start, a search and most conversations never need it (stored
 * search keys hold the pinyin). Required rather than imported so its callers stay synchronous;
 * every caller goes through here, so the readings apply everywhere.
 */
export function pinyinPro(): typeof PinyinPro {
  if (loaded) return loaded;
  const module = createRequire(import.meta.url)("pinyin-pro") as typeof PinyinPro;
  /*
   * Readings pinyin-pro gets wrong in book titles (a word-level dictionary picks the common
   * reading of a polyphonic character: 水浒传 would be "shuihuchuan"). Extend as readers report.
   */
  module.customPinyin({
    水浒传: "shuǐ hǔ zhuàn",
    朝花夕拾: "zhāo huā xī shí",
    传记: "zhuàn jì",
    自传: "zì zhuàn",
    长大: "zhǎng dà",
    银行: "yín háng",
    重阳: "chóng yáng",
  });
  return (loaded = module);
}

/** Lower-cases and drops punctuation and spaces so "十万个为什么?" and "十万个 为什么" match. */
export function normalize(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

function pinyinForms(text: string): { full: string; initials: string } {
  if (!han.test(text)) return { full: "", initials: "" };
  // ü is typed as v on every pinyin keyboard (旅行 → lvxing).
  const opts = { toneType: "none", type: "array", nonZh: "removed", v: true } as const;
  const { pinyin } = pinyinPro();
  const full = pinyin(text, opts).join("");
  const initials = pinyin(text, { ...opts, pattern: "first" }).join("");
  return { full: normalize(full), initials: normalize(initials) };
}

/**
 * The text a title is searched by: title, author, ISBN, and the full pinyin and initials of
 * title and author (西游记 → xiyouji, xyj), separated by "|" so a query never spans two fields.
 */
export function buildSearchKey(t: { title: string; author: string; isbn?: string | null }): string {
  const title = pinyinForms(t.title);
  const author = pinyinForms(t.author);
  return [
    normalize(t.title),
    normalize(t.author),
    t.isbn ?? "",
    title.full,
    title.initials,
    author.full,
    author.initials,
  ]
    .filter(Boolean)
    .join("|");
}

/** The parts of a search key, by what they came from (see `searchKeyFields`). */
export interface SearchKeyFields {
  title: string;
  author: string;
  /** Full pinyin and initials of the title (empty when the title has no Chinese). */
  titlePinyin: string[];
  /** Full pinyin and initials of the author. */
  authorPinyin: string[];
  /** Anything else in the key: the ISBN, or parts of a key built by an older format. */
  other: string[];
}

/**
 * Splits a stored search key back into its fields without recomputing pinyin (which costs
 * ~0.1 ms a title, too slow for loading tens of thousands into the search index). Relies on
 * the field order `buildSearchKey` writes; a key in another shape puts its parts in `other`.
 */
export function searchKeyFields(
  key: string,
  t: { title: string; author: string; isbn?: string | null },
): SearchKeyFields {
  const parts = key.split("|");
  const title = normalize(t.title);
  const author = normalize(t.author);
  const fields: SearchKeyFields = { title, author, titlePinyin: [], authorPinyin: [], other: [] };
  let i = 0;
  const take = (expected: string): boolean => {
    if (!expected) return true;
    if (parts[i] !== expected) return false;
    i++;
    return true;
  };
  const takeN = (n: number): string[] => {
    const got = parts.slice(i, i + n);
    i += got.length;
    return got;
  };
  if (take(title) && take(author) && take(t.isbn ?? "")) {
    if (han.test(t.title)) fields.titlePinyin = takeN(2);
    if (han.test(t.author)) fields.authorPinyin = takeN(2);
  }
  fields.other = parts.slice(i).filter(Boolean);
  return fields;
}
