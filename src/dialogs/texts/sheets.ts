import type { Locale } from "../../locale.ts";
import { sheetsEn } from "./sheets-en.ts";
import { sheetsZh } from "./sheets-zh.ts";
import type { SheetTexts } from "./sheets-zh.ts";

const tables: Record<Locale, SheetTexts> = { "zh-CN": sheetsZh, en: sheetsEn };

/** The words of the .xlsx exports in `locale`. */
export function sheetTexts(locale: Locale): SheetTexts {
  return tables[locale];
}
