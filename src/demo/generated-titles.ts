import type { TitleSpec } from "./classics.ts";
import { adultName } from "./names.ts";
import type { Rng } from "./random.ts";
import { genres } from "./title-words.ts";
import type { Genre } from "./title-words.ts";

const editors = ["少儿科普编委会", "童趣出版编写组", "小小科学家编写组", "青少年百科编委会"];

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Walks every word combination of a genre once, in a seeded order (an affine permutation of
 * the combination numbers), so titles within a genre never repeat until all are used; after
 * that a volume number is added ("…（2）").
 */
class GenreTitles {
  private readonly size: number;
  private readonly step: number;
  private readonly offset: number;
  private k = 0;

  constructor(
    readonly genre: Genre,
    rng: Rng,
  ) {
    this.size = genre.parts.reduce((n, p) => n * p.length, 1);
    let step = rng.int(1, Math.max(1, this.size - 1));
    while (gcd(step, this.size) !== 1) step++;
    this.step = step;
    this.offset = rng.int(0, this.size - 1);
  }

  /** The next title text not in `taken`, and its topic word (parts[1]). */
  next(taken: Set<string>): { text: string; topic: string } {
    for (;;) {
      const k = this.k++;
      let n = (this.step * (k % this.size) + this.offset) % this.size;
      const words = this.genre.parts.map((list) => {
        const word = list[n % list.length] ?? "";
        n = Math.floor(n / list.length);
        return word;
      });
      const lap = Math.floor(k / this.size);
      const text = words.join("") + (lap > 0 ? `（${lap + 1}）` : "");
      if (taken.has(text)) continue;
      taken.add(text);
      return { text, topic: words[1] ?? "" };
    }
  }
}

function spec(rng: Rng, g: GenreTitles, taken: Set<string>): TitleSpec {
  const { text, topic } = g.next(taken);
  const genre = g.genre;
  const [gradeMin, gradeMax] = rng.pick(genre.grades);
  const author = genre.byline === "author" || rng.chance(0.5) ? adultName(rng) : rng.pick(editors);
  return {
    title: text,
    author: genre.byline === "editor" && !editors.includes(author) ? `${author} 编著` : author,
    publisher: rng.pick(genre.publishers),
    year: rng.int(2008, 2024),
    clc: typeof genre.clc === "string" ? genre.clc : (genre.clc[topic] ?? "Z228.1"),
    gradeMin,
    gradeMax,
    isReference: false,
    recommended: false,
  };
}

function pickGenre(rng: Rng, all: readonly GenreTitles[]): GenreTitles {
  let r = rng.next();
  for (const g of all) {
    r -= g.genre.weight;
    if (r < 0) return g;
  }
  return all[0] as GenreTitles;
}

/**
 * `count` plausible Chinese children's-book titles from word lists (童话, 图画书, 儿童小说,
 * 科普, 历史, 童诗), each with an author, publisher, CLC class and grade range. Titles already
 * in `taken` (the classics) are skipped; `taken` receives the new ones.
 */
export function generateTitleSpecs(rng: Rng, count: number, taken: Set<string>): TitleSpec[] {
  const all = genres.map((g) => new GenreTitles(g, rng));
  return Array.from({ length: Math.max(0, count) }, () => spec(rng, pickGenre(rng, all), taken));
}
