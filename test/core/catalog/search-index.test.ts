import { afterAll, beforeAll, expect, test } from "vitest";
import { buildSearchKey } from "../../../src/core/catalog/search-key.ts";
import { searchTitles } from "../../../src/core/catalog/search.ts";
import type { Library } from "../../../src/core/library.ts";
import { openDb } from "../../../src/db/client.ts";
import type { Db } from "../../../src/db/client.ts";
import { testLibrary } from "../../support/library.ts";
import { urlOf } from "../../support/db.ts";
import { addTitle, librarian } from "../reports/fixtures.ts";

let lib: Library;
let other: Db;

const titles = async (q: string) => {
  const r = await searchTitles(lib, librarian, q);
  return r.ok ? r.value.hits.map((h) => h.title) : [];
};

beforeAll(async () => {
  lib = await testLibrary();
  await addTitle(lib.db, { title: "三国演义", author: "罗贯中" });
  other = await openDb(urlOf(lib.db));
});

afterAll(async () => {
  await other.$disconnect();
  await lib.db.$disconnect();
});

test("a title another process inserts is found by the next search", async () => {
  expect(await titles("ltxz")).toEqual([]);
  const data = { title: "骆驼祥子", author: "老舍", addedOn: "2026-09-01" };
  await other.title.create({ data: { ...data, searchKey: buildSearchKey(data) } });
  expect(await titles("ltxz")).toEqual(["骆驼祥子"]);
});

test("a title another process renames is found under its new name only", async () => {
  const data = { title: "城南旧事", author: "林海音" };
  await other.title.updateMany({
    where: { title: "骆驼祥子" },
    data: { ...data, searchKey: buildSearchKey(data) },
  });
  expect(await titles("cnjs")).toEqual(["城南旧事"]);
  expect(await titles("ltxz")).toEqual([]);
});

test("a title another process deletes is no longer found", async () => {
  expect(await titles("三国")).toEqual(["三国演义"]);
  await other.title.deleteMany({ where: { title: "三国演义" } });
  expect(await titles("三国")).toEqual([]);
  expect(await titles("城南")).toEqual(["城南旧事"]);
});

test("concurrent searches on a cold index agree", async () => {
  const fresh = await testLibrary();
  await addTitle(fresh.db, { title: "红岩", author: "罗广斌" });
  const results = await Promise.all([1, 2, 3].map(() => searchTitles(fresh, librarian, "hy")));
  for (const r of results) expect(r.ok && r.value.hits.map((h) => h.title)).toEqual(["红岩"]);
  await fresh.db.$disconnect();
});

test("shelf changes made by another process reorder the next search", async () => {
  const first = await addTitle(lib.db, { title: "稻草人童话", copies: ["available"] });
  const second = await addTitle(lib.db, { title: "稻草人故事", copies: ["on_loan"] });
  expect(await titles("稻草人")).toEqual(["稻草人童话", "稻草人故事"]);
  await other.copy.updateMany({ where: { titleId: second.id }, data: { status: "available" } });
  await other.copy.create({ data: { titleId: second.id, barcode: "X-2", status: "available" } });
  expect(await titles("稻草人")).toEqual(["稻草人故事", "稻草人童话"]);
  await other.copy.deleteMany({ where: { titleId: second.id } });
  expect(await titles("稻草人")).toEqual(["稻草人童话", "稻草人故事"]);
  await other.copy.updateMany({ where: { titleId: first.id }, data: { status: "lost" } });
  await other.copy.create({ data: { titleId: second.id, barcode: "X-3", status: "available" } });
  expect(await titles("稻草人")).toEqual(["稻草人故事", "稻草人童话"]);
});

test("a title inserted with plain SQL, stamped by the column default, is found", async () => {
  const key = buildSearchKey({ title: "呼兰河传", author: "萧红" });
  await other.$executeRaw`INSERT INTO "Title" ("title", "author", "addedOn", "searchKey") VALUES ('呼兰河传', '萧红', '2026-09-01', ${key})`;
  expect(await titles("呼兰河")).toEqual(["呼兰河传"]);
  const data = { title: "呼兰河传（新版）", author: "萧红" };
  await other.title.updateMany({
    where: { title: "呼兰河传" },
    data: { ...data, searchKey: buildSearchKey(data) },
  });
  expect(await titles("呼兰河")).toEqual(["呼兰河传（新版）"]);
});
