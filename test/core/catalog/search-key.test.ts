import { expect, test } from "vitest";
import { buildSearchKey } from "../../../src/core/catalog/search-key.ts";

test("titles with a polyphonic character index their book reading (水浒传 → shz)", () => {
  const key = buildSearchKey({ title: "水浒传", author: "施耐庵" });
  expect(key.split("|")).toContain("shuihuzhuan");
  expect(key.split("|")).toContain("shz");
});

test("ü is indexed as v, the way pinyin keyboards type it", () => {
  expect(buildSearchKey({ title: "绿野仙踪", author: "" }).split("|")).toContain("lvyexianzong");
});
