import { buildSearchKey } from "../catalog/search-key.ts";
import type { IsoDate } from "../dates.ts";
import type { CopyRow, TitleRow } from "../../db/catalog-import-repo.ts";
import type { CatalogRow } from "./catalog-rows.ts";

/** Every stored Title column the catalog import writes: the repository's row. */
export type TitleData = TitleRow;

/** Every stored Copy column the catalog import writes: the repository's row. */
export type CopyData = CopyRow;

/**
 * How a row finds its title: by ISBN-13 when it has one, otherwise by title and author among
 * the titles that have no ISBN.
 */
export function titleKey(t: { isbn?: string | null; title: string; author?: string }): string {
  return t.isbn ? `isbn:${t.isbn}` : `name:${t.title}\u0000${t.author ?? ""}`;
}

function blankTitle(row: CatalogRow, today: IsoDate): TitleData {
  return {
    isbn: row.isbn ?? null,
    title: row.title,
    author: "",
    publisher: "",
    year: null,
    clc: "",
    gradeMin: 1,
    gradeMax: 12,
    isReference: false,
    recommended: false,
    addedOn: row.addedOn ?? today,
    searchKey: "",
  };
}

function applyRow(t: TitleData, row: CatalogRow): TitleData {
  return {
    ...t,
    title: row.title,
    author: row.author ?? t.author,
    publisher: row.publisher ?? t.publisher,
    year: row.year ?? t.year,
    clc: row.clc ?? t.clc,
    gradeMin: row.grades?.[0] ?? t.gradeMin,
    gradeMax: row.grades?.[1] ?? t.gradeMax,
    isReference: row.isReference ?? t.isReference,
    recommended: row.recommended ?? t.recommended,
    // A title entered the library with its first copy.
    addedOn: row.addedOn && row.addedOn < t.addedOn ? row.addedOn : t.addedOn,
  };
}

/**
 * The title as it should be stored after the rows that name it (later rows win; cells left
 * empty keep the stored value; a new title is added today unless a row says otherwise).
 */
export function mergeTitle(
  existing: TitleData | undefined,
  rows: readonly CatalogRow[],
  today: IsoDate,
): TitleData {
  const first = rows[0];
  if (!first) throw new RangeError("mergeTitle needs at least one row");
  let t = existing ?? blankTitle(first, today);
  for (const row of rows) t = applyRow(t, row);
  const searchKey =
    existing && existing.title === t.title && existing.author === t.author
      ? existing.searchKey
      : buildSearchKey(t);
  return { ...t, searchKey };
}

export function sameTitle(a: TitleData, b: TitleData): boolean {
  return (Object.keys(a) as (keyof TitleData)[]).every((k) => a[k] === b[k]);
}

/** The copy as it should be stored; empty cells keep what is stored, the status is never touched. */
export function mergeCopy(
  existing: CopyData | undefined,
  row: CatalogRow,
  titleId: number,
): CopyData {
  return {
    barcode: row.barcode,
    titleId,
    callNumber: row.callNumber ?? existing?.callNumber ?? "",
    location: row.location ?? existing?.location ?? "",
    priceCents: row.priceCents ?? existing?.priceCents ?? 0,
  };
}

export function sameCopy(a: CopyData, b: CopyData): boolean {
  return (Object.keys(a) as (keyof CopyData)[]).every((k) => a[k] === b[k]);
}
