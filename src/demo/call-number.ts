import { pinyinPro } from "../core/catalog/search-key.ts";
import { hashString } from "./random.ts";

const firstHan = /\p{Script=Han}/u;

/**
 * A call number in the CLC / author-mark style of Chinese school libraries: the class, a slash
 * and an author mark — the pinyin initial of the author's first Chinese character (after a
 * nationality mark like "[美]") and a two-digit number ("I287.45/C12").
 */
export function callNumber(clc: string, author: string): string {
  const name = author.replace(/^\[[^\]]*\]/, "");
  const han = firstHan.exec(name)?.[0];
  const initial = han
    ? pinyinPro().pinyin(han, { pattern: "first", toneType: "none" }).toUpperCase()
    : (name.match(/[A-Za-z]/)?.[0] ?? "X").toUpperCase();
  return `${clc}/${initial}${10 + (hashString(name) % 90)}`;
}
