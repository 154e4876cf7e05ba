import type { Locale } from "../locale.ts";
import { noticesEn } from "../dialogs/texts/notices-en.ts";
import { noticesZh } from "../dialogs/texts/notices-zh.ts";

type Table = typeof noticesZh;
export type NoticeKey = keyof Table;
type Params<K extends NoticeKey> = Table[K] extends (p: infer P) => string ? [P] : [];

const tables: Record<Locale, Table> = { "zh-CN": noticesZh, en: noticesEn };

/** A notice text in a recipient's language (the notices area of the text tables). */
export function nt<K extends NoticeKey>(locale: Locale, key: K, ...params: Params<K>): string {
  const entry: unknown = tables[locale][key];
  return typeof entry === "function" ? String(entry(params[0])) : String(entry);
}
