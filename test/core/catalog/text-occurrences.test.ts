import { describe, expect, it } from "vitest";
import { firstOccurrences } from "../../../src/core/catalog/text-occurrences.ts";
import type { IndexText } from "../../../src/core/catalog/text-occurrences.ts";

function indexOf(haystacks: string[]): IndexText {
  const starts = new Int32Array(haystacks.length);
  let at = 0;
  haystacks.forEach((h, i) => {
    starts[i] = at;
    at += h.length + 1;
  });
  return { text: haystacks.join("\n"), starts };
}

const found = (index: IndexText, needle: string) => {
  const out: [number, number][] = [];
  firstOccurrences(index, needle, (i, at) => out.push([i, at]));
  return out;
};

/** The plain reading of the contract, title by title. */
const expected = (haystacks: string[], needle: string) =>
  haystacks.flatMap((h, i): [number, number][] =>
    h.includes(needle) ? [[i, h.indexOf(needle)]] : [],
  );

const titles = [
  "xiyouji|西游记|xyj|wuchengen|wce|9787020002209",
  "西游记故事|xiyoujigushi|xyjgs",
  "aaaa|小熊xx|xx|xxx",
  "哈利波特harrypotter|hlbt|9780747532699",
  "",
  "abc|bc|c",
  "zz",
];

describe("firstOccurrences", () => {
  it("finds each title's first occurrence, in title order, for pinyin, initials and ISBNs", () => {
    const index = indexOf(titles);
    for (const needle of ["xyj", "xiyouji", "aa", "xx", "9787020002209", "97", "bc", "zz", "c"]) {
      expect(found(index, needle), needle).toEqual(expected(titles, needle));
    }
  });

  it("reports a match at the very start of the text and at the very end", () => {
    const index = indexOf(titles);
    expect(found(index, "xi")[0]).toEqual([0, 0]);
    expect(found(index, "zz")).toEqual([[6, 0]]);
  });

  it("finds nothing for a pair that never occurs or a needle split by a field or title break", () => {
    const index = indexOf(titles);
    expect(found(index, "qq")).toEqual([]);
    expect(found(index, "jix")).toEqual([]);
    expect(found(index, "9zz")).toEqual([]);
  });

  it("matches Chinese, mixed and break-holding needles with the same answer", () => {
    const index = indexOf(titles);
    for (const needle of ["西游", "熊xx", "特harry", "é", "x|x", "小"]) {
      expect(found(index, needle), needle).toEqual(expected(titles, needle));
    }
  });

  it("agrees with the plain reading on random needles cut from random titles", () => {
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const letters = "abxy01小熊";
    const random = Array.from({ length: 60 }, () =>
      Array.from({ length: 1 + rnd(12) }, () => letters[rnd(letters.length)]).join(""),
    );
    const index = indexOf(random);
    for (let k = 0; k < 300; k++) {
      const h = random[rnd(random.length)] ?? "";
      const from = rnd(h.length);
      const needle = h.slice(from, from + 2 + rnd(4));
      expect(found(index, needle), needle).toEqual(expected(random, needle));
    }
  });
});
