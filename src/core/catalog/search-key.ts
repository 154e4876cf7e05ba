import { pinyin } from "pinyin-pro";

const han = /\p{Script=Han}/u;

/** Lower-cases and drops punctuation and spaces so "十万个为什么?" and "十万个 为什么" match. */
export function normalize(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

function pinyinForms(text: string): { full: string; initials: string } {
  if (!han.test(text)) return { full: "", initials: "" };
  const opts = { toneType: "none", type: "array", nonZh: "removed" } as const;
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
