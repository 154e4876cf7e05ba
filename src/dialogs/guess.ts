import { pinyinPro } from "../core/catalog/search-key.ts";
import { commands } from "./commands.ts";
import type { Command, Intent } from "./commands.ts";

/** Greetings a newcomer types first; they get a hello and 帮助, not a book search. */
const greetings = new Set([
  "你好",
  "您好",
  "你好呀",
  "在吗",
  "在不在",
  "哈喽",
  "嗨",
  "hi",
  "hello",
  "hey",
]);

/** How a message that is no command reads: a greeting, too little to search, or plain text. */
export type Reading = "greeting" | "tiny" | "text";

const squeeze = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");

/**
 * Whether a text is worth a search: emoji, punctuation or a single letter or digit alone is
 * not (the user is answered kindly, with 帮助); greetings get a hello.
 */
export function readText(text: string): Reading {
  const core = squeeze(text);
  if (greetings.has(core)) return "greeting";
  if (!/[\p{L}\p{N}]/u.test(core)) return "tiny";
  if (core.length === 1 && !/\p{Script=Han}/u.test(core)) return "tiny";
  return "text";
}

/** Optimal string alignment distance: insertions, deletions, substitutions, swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const up = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, (d[i - 2] as number[])[j - 2]! + 1);
    }
  }
  return (d[a.length] as number[])[b.length]!;
}

const sounds = new Map<string, string>();
/** The toneless pinyin of a text, remembered for the command words (a short, fixed set). */
function toneless(text: string, remember = false): string {
  const known = sounds.get(text);
  if (known !== undefined) return known;
  const sound = pinyinPro().pinyin(text, { toneType: "none", type: "array" }).join("");
  if (remember) sounds.set(text, sound);
  return sound;
}

/** How close a text is to a command word: 0 inside a short sentence, 1 a typo, 2 same sound. */
function closeness(core: string, word: string): number | undefined {
  const han = /\p{Script=Han}/u.test(word);
  if (han && word.length < 2) return undefined;
  if (!han && word.length < 4) return undefined;
  if (core.includes(word) && core.length <= word.length + 6) return 0;
  if (Math.abs(core.length - word.length) <= 1 && editDistance(core, word) <= 1) return 1;
  if (!han || core.length > word.length + 4 || !/\p{Script=Han}/u.test(core)) return undefined;
  return toneless(core).includes(toneless(word, true)) ? 2 : undefined;
}

/**
 * The commands a text that found nothing may have meant ("续接" → 续借, "帮我续借一下" → 续借,
 * "我得借阅" → 我的, "renwe" → renew), closest first, at most three, among `allowed`.
 */
export function guessCommands(text: string, allowed: readonly Command[]): Intent[] {
  const core = squeeze(text);
  const scored: [number, Intent][] = [];
  for (const c of allowed) {
    if (c.intent === "search" || c.intent === "cancel") continue;
    const best = Math.min(...[...c.zh, ...c.en].map((w) => closeness(core, w) ?? 9));
    if (best < 9) scored.push([best, c.intent as Intent]);
  }
  return scored
    .sort((a, b) => a[0] - b[0])
    .slice(0, 3)
    .map(([, intent]) => intent);
}

/** The word a user types for a command, in their language. */
export function commandWord(intent: Intent, locale: string): string {
  const c = commands.find((x) => x.intent === intent) as Command;
  return (locale === "en" ? c.en[0] : c.zh[0]) ?? `/${intent}`;
}
