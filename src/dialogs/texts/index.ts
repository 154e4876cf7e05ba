import { en } from "./en.ts";
import { zhCN } from "./zh-CN.ts";

import type { Locale } from "../../locale.ts";

// Locale moved to src/locale.ts; re-exported for the files that still import it from here.

type Table = typeof zhCN;

/** Every text key; the zh-CN table is the source of truth. */
export type TextKey = keyof Table;

/** The parameters a key takes: none for a plain string, the function's argument otherwise. */
export type TextParams<K extends TextKey> = Table[K] extends (p: infer P) => string ? [P] : [];

const tables: Record<Locale, Table> = { "zh-CN": zhCN, en };

/**
 * The text for a key in a locale. Dialogs never hold words themselves: everything a user reads
 * goes through here, so a refusal code or engine event reads the same on every platform.
 */
export function t<K extends TextKey>(locale: Locale, key: K, ...params: TextParams<K>): string {
  const entry: unknown = tables[locale][key];
  return typeof entry === "function" ? String(entry(params[0])) : String(entry);
}
