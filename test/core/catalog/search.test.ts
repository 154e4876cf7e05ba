import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  likeScanSearch,
  searchListing,
  searchTitles,
  titleHits,
} from "../../../src/core/catalog/search.ts";
import type { HitPage } from "../../../src/core/catalog/hits.ts";
import type { Library } from "../../../src/core/library.ts";
import { testLibrary } from "../../support/library.ts";
import { addHold, addPatron, addTitle, parentOf } from "../reports/fixtures.ts";

let lib: Library;
const actor = parentOf();

const titlesOf = (r: { ok: boolean; value?: HitPage }) => r.value?.hits.map((h) => h.title) ?? [];
const search = async (q: string, opts = {}) => {
  const r = await searchTitles(lib, actor, q, opts);
  if (!r.ok) throw new Error(r.code);
  return r.value;
};

beforeAll(async () => {
  lib = await testLibrary();
  const db = lib.db;
  // Inserted before 西游记 with the same initials, so only its shelf count can put it behind.
  await addTitle(db, { title: "小眼睛", author: "佚名", copies: ["available"] });
  await addTitle(db, {
    title: "西游记",
    author: "吴承恩",
    isbn: "9787020002207",
    copies: ["available", "available", "on_loan", "withdrawn"],
  });
  await addTitle(db, { title: "西游记故事", author: "改编组", copies: ["available"] });
  await addTitle(db, {
    title: "大话西游",
    author: "今何在",
    copies: ["available", "available", "available"],
  });
  await addTitle(db, { title: "The Pragmatic Programmer", author: "Hunt", isbn: "020161622X" });
  // Ranking set for 红楼梦: exact has no copy on shelf, the others have plenty.
  await addTitle(db, {
    title: "古典小说导读",
    author: "红楼梦研究所",
    copies: ["available", "available"],
  });
  await addTitle(db, { title: "读红楼梦", author: "王蒙", copies: ["available", "available"] });
  await addTitle(db, { title: "红楼梦魇", author: "张爱玲", copies: ["available", "available"] });
  await addTitle(db, { title: "红楼梦", author: "曹雪芹", copies: ["on_loan"] });
  // Same tier (title prefix of 十万个): shelf counts 1, 3, 1.
  await addTitle(db, { title: "十万个为什么·天文", copies: ["available"] });
  await addTitle(db, {
    title: "十万个为什么·动物",
    copies: ["available", "available", "available"],
  });
  await addTitle(db, { title: "十万个为什么·植物", copies: ["available", "on_loan"] });
});

afterAll(() => lib.db.$disconnect());

describe("finding 西游记", () => {
  test.each(["xyj", "xiyouji", "西游", "西游记", "XiYouJi", " xi you ji "])(
    "%s puts 西游记 first",
    async (q) => {
      const page = await search(q);
      expect(page.hits[0]?.title).toBe("西游记");
    },
  );

  test("its hit carries shelf facts: on shelf, held copies, queue and where it stands", async () => {
    const r = await searchTitles(lib, actor, "西游记");
    const hit = r.ok ? r.value.hits[0] : undefined;
    expect(hit).toMatchObject({
      author: "吴承恩",
      onShelf: 2,
      copies: 3,
      queued: 0,
      location: "二楼借阅室",
    });
    expect(hit?.callNumber).toMatch(/^I247\//);
  });

  test("counts readers queued for the title", async () => {
    const p = await addPatron(lib.db, { name: "排队的" });
    const id = (await search("西游记")).hits[0]?.titleId ?? 0;
    await addHold(lib.db, { titleId: id, patronId: p });
    expect((await search("西游记")).hits[0]?.queued).toBe(1);
  });
});

describe("ISBN queries", () => {
  test("an ISBN-10 finds the record stored as ISBN-13", async () => {
    expect(titlesOf(await searchTitles(lib, actor, "7-02-000220-X"))).toEqual(["西游记"]);
    expect(titlesOf(await searchTitles(lib, actor, "702000220x"))).toEqual(["西游记"]);
  });

  test("an ISBN-13 finds the record stored as ISBN-10", async () => {
    expect(titlesOf(await searchTitles(lib, actor, "978-0-201-61622-4"))).toEqual([
      "The Pragmatic Programmer",
    ]);
  });

  test("the hyphenated ISBN-13 finds its own record", async () => {
    expect(titlesOf(await searchTitles(lib, actor, "978-7-02-000220-7"))).toEqual(["西游记"]);
  });
});

describe("ranking", () => {
  test("exact title beats prefix, substring and author, whatever is on the shelf", async () => {
    expect(titlesOf(await searchTitles(lib, actor, "红楼梦"))).toEqual([
      "红楼梦",
      "红楼梦魇",
      "读红楼梦",
      "古典小说导读",
    ]);
  });

  test("pinyin ranks exact, then prefix, then substring, then the author's pinyin", async () => {
    expect(titlesOf(await searchTitles(lib, actor, "hongloumeng"))).toEqual([
      "红楼梦",
      "红楼梦魇",
      "读红楼梦",
      "古典小说导读",
    ]);
  });

  test("initials equal to the query beat initials that only start with it; ties go by shelf", async () => {
    // 西游记 and 小眼睛 are both xyj; 西游记 has more on the shelf though 小眼睛 is older.
    const page = await search("xyj");
    expect(page.hits.map((h) => h.title)).toEqual(["西游记", "小眼睛", "西游记故事"]);
  });

  test("within a tier more copies on shelf come first, then the older title", async () => {
    expect(titlesOf(await searchTitles(lib, actor, "十万个"))).toEqual([
      "十万个为什么·动物",
      "十万个为什么·天文",
      "十万个为什么·植物",
    ]);
  });

  test("pages cut the same order and report the full total", async () => {
    const all = await search("十万个", { limit: 10 });
    const first = await search("十万个", { limit: 2 });
    const second = await search("十万个", { limit: 2, offset: 2 });
    expect(first.total).toBe(3);
    expect([...first.hits, ...second.hits].map((h) => h.titleId)).toEqual(
      all.hits.map((h) => h.titleId),
    );
  });
});

describe("bad queries", () => {
  test.each([
    ["empty", ""],
    ["spaces", "   \t"],
    ["too long", "书".repeat(101)],
    ["punctuation", "？！"],
  ])("refuses a %s query with bad_query", async (_name, q) => {
    expect(await searchTitles(lib, actor, q)).toEqual({ ok: false, code: "bad_query" });
  });

  test("accepts a query of exactly 100 characters", async () => {
    expect((await searchTitles(lib, actor, "书".repeat(100))).ok).toBe(true);
  });
});

test("the LIKE-scan baseline returns exactly what the index returns", async () => {
  for (const q of [
    "xyj",
    "西游",
    "红楼梦",
    "hongloumeng",
    "十万个",
    "7-02-000220-X",
    "9780201616224",
    "a",
  ]) {
    expect(await likeScanSearch(lib, actor, q)).toEqual(await searchTitles(lib, actor, q));
  }
});

test("titleHits reads the hits of titles found before, in the order given, without gone ones", async () => {
  const found = await search("西游");
  const ids = found.hits.map((h) => h.titleId).reverse();
  const again = await titleHits(lib, actor, [...ids, 999_999]);
  expect(again).toEqual([...found.hits].reverse());
});

test("searchListing lists searchTitles' ids in its order and reads only the first hits shown", async () => {
  for (const q of ["西游", "红楼梦", "a", "xyj"]) {
    const all = await search(q, { limit: 40 });
    const listing = await searchListing(lib, actor, q, { listed: 40, shown: 2 });
    expect(listing).toEqual({
      ok: true,
      value: { total: all.total, ids: all.hits.map((h) => h.titleId), hits: all.hits.slice(0, 2) },
    });
  }
  expect(await searchListing(lib, actor, " ", { listed: 40, shown: 8 })).toEqual({
    ok: false,
    code: "bad_query",
  });
});
