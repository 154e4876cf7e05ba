import { afterEach, beforeEach, expect, test } from "vitest";
import { systemActor } from "../../../src/core/actor.ts";
import { catalogIndex } from "../../../src/core/catalog/search-index.ts";
import { searchTitles } from "../../../src/core/catalog/search.ts";
import { importCatalog } from "../../../src/core/imports/catalog-import.ts";
import type { Library } from "../../../src/core/library.ts";
import { readCatalogCounters } from "../../../src/db/search-repo.ts";
import { testLibrary } from "../../support/library.ts";
import { csvFile } from "../imports/files.ts";
import { addCopy, addLoan, addPatron, addTitle, librarian } from "../reports/fixtures.ts";

let lib: Library;

const titles = async (q: string) => {
  const r = await searchTitles(lib, librarian, q);
  return r.ok ? r.value.hits.map((h) => h.title) : [];
};

const onShelf = async (q: string) => {
  const r = await searchTitles(lib, librarian, q);
  return r.ok ? r.value.hits.map((h) => h.onShelf) : [];
};

beforeEach(async () => {
  lib = await testLibrary();
  await addTitle(lib.db, { title: "三国演义", author: "罗贯中", copies: ["available"] });
});

afterEach(() => lib.db.$disconnect());

test("a catalogue import moves the version, and the next search finds what it brought", async () => {
  expect(await titles("xyj")).toEqual([]);
  const before = await readCatalogCounters(lib.db);
  const index = await catalogIndex(lib.db);
  const csv = ["barcode,isbn,title,author", "B9001,9787020002207,西游记,吴承恩"];
  const r = await importCatalog(lib, systemActor, csvFile(csv));
  expect(r.ok).toBe(true);
  const after = await readCatalogCounters(lib.db);
  expect(after.titles).toBeGreaterThan(before.titles);
  expect(after.copies).toBeGreaterThan(before.copies);
  expect(await titles("xyj")).toEqual(["西游记"]);
  expect(await catalogIndex(lib.db)).not.toBe(index);
});

test("a new title or a copy's new status is seen by the next search", async () => {
  expect(await titles("hlm")).toEqual([]);
  const { copyIds } = await addTitle(lib.db, { title: "红楼梦", copies: ["available"] });
  expect(await titles("hlm")).toEqual(["红楼梦"]);
  expect(await onShelf("hlm")).toEqual([1]);
  const titlesBefore = (await readCatalogCounters(lib.db)).titles;
  await lib.db.copy.update({ where: { id: copyIds[0] ?? 0 }, data: { status: "on_loan" } });
  expect((await readCatalogCounters(lib.db)).titles).toBe(titlesBefore);
  expect(await onShelf("hlm")).toEqual([0]);
});

test("a write outside the catalogue leaves the version and the remembered index as they were", async () => {
  expect(await titles("三国")).toEqual(["三国演义"]);
  const counters = await readCatalogCounters(lib.db);
  const index = await catalogIndex(lib.db);
  const patronId = await addPatron(lib.db, { name: "王小明" });
  const other = await addTitle(lib.db, { title: "草房子" });
  const copyId = await addCopy(lib.db, other.id);
  const moved = await readCatalogCounters(lib.db);
  await addLoan(lib.db, { copyId, patronId, dueOn: "2026-10-01" });
  await lib.db.auditLog.create({ data: { actor: "system", action: "test" } });
  expect(await readCatalogCounters(lib.db)).toEqual(moved);
  expect(moved).not.toEqual(counters);
  const refreshed = await catalogIndex(lib.db);
  expect(refreshed).not.toBe(index);
  await lib.db.patron.update({ where: { id: patronId }, data: { name: "王小红" } });
  expect(await catalogIndex(lib.db)).toBe(refreshed);
});

test("a deleted title moves the version and leaves the index", async () => {
  await titles("三国");
  await lib.db.copy.deleteMany();
  await lib.db.title.deleteMany({ where: { title: "三国演义" } });
  expect(await titles("三国")).toEqual([]);
});
