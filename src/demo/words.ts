/** A word list written as one string, space-separated; "-" stands for the empty word. */
export const words = (list: string): readonly string[] =>
  list
    .trim()
    .split(/\s+/)
    .map((w) => (w === "-" ? "" : w));

/** A word-to-value table written as "word=value word=value …". */
export const wordMap = (list: string): Readonly<Record<string, string>> =>
  Object.fromEntries(words(list).map((pair) => pair.split("=") as [string, string]));
