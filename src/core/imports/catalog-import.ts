import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import { CoreError } from "../errors.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";
import type { Result } from "../result.ts";
import type { Tx } from "../../db/client.ts";
import {
  findCopiesByBarcode,
  findIsbnlessTitles,
  findTitlesByIsbn,
  insertTitles,
  updateTitles,
  upsertCopies,
} from "../../db/catalog-import-repo.ts";
import type { StoredTitle } from "../../db/catalog-import-repo.ts";
import { checkCatalogRows } from "./catalog-rows.ts";
import type { CatalogRow } from "./catalog-rows.ts";
import { mergeCopy, mergeTitle, sameCopy, sameTitle, titleKey } from "./catalog-merge.ts";
import type { CopyData, TitleData } from "./catalog-merge.ts";
import { importTransaction, runImport } from "./import-types.ts";
import type { ImportOptions, ImportRefusal, ImportSummary } from "./import-types.ts";

/** Rows written per transaction: large enough to be fast, small enough to keep locks short. */
const CHUNK = 2000;

async function storedTitles(
  tx: Tx,
  rows: readonly CatalogRow[],
): Promise<Map<string, StoredTitle>> {
  const isbns = [...new Set(rows.flatMap((r) => (r.isbn ? [r.isbn] : [])))];
  const names = [...new Set(rows.flatMap((r) => (r.isbn ? [] : [r.title])))];
  const found = [
    ...(isbns.length ? await findTitlesByIsbn(tx, isbns) : []),
    ...(names.length ? await findIsbnlessTitles(tx, names) : []),
  ];
  const byKey = new Map<string, StoredTitle>();
  for (const t of found) if (!byKey.has(titleKey(t))) byKey.set(titleKey(t), t);
  return byKey;
}

/** Writes new and changed titles; returns the id of every title the rows name. */
async function writeTitles(
  tx: Tx,
  rows: readonly CatalogRow[],
  on: string,
): Promise<Map<string, number>> {
  const stored = await storedTitles(tx, rows);
  const grouped = new Map<string, CatalogRow[]>();
  for (const r of rows) {
    const group = grouped.get(titleKey(r));
    if (group) group.push(r);
    else grouped.set(titleKey(r), [r]);
  }
  const ids = new Map<string, number>();
  const fresh: TitleData[] = [];
  const changed: StoredTitle[] = [];
  for (const [key, group] of grouped) {
    const old = stored.get(key);
    const merged = mergeTitle(old, group, on);
    if (!old) fresh.push(merged);
    else {
      ids.set(key, old.id);
      if (!sameTitle(merged, old)) changed.push({ ...merged, id: old.id });
    }
  }
  for (const t of await insertTitles(tx, fresh)) ids.set(titleKey(t), t.id);
  await updateTitles(tx, changed);
  return ids;
}

async function writeChunk(
  lib: Library,
  actor: Actor,
  rows: readonly CatalogRow[],
  options: ImportOptions,
): Promise<{ inserted: number; updated: number }> {
  return importTransaction(lib, options, async (tx) => {
    const titleIds = await writeTitles(tx, rows, today(lib));
    const stored = new Map(
      (
        await findCopiesByBarcode(
          tx,
          rows.map((r) => r.barcode),
        )
      ).map((c) => [c.barcode, c]),
    );
    const writes: CopyData[] = [];
    for (const row of rows) {
      const old = stored.get(row.barcode);
      const titleId = titleIds.get(titleKey(row));
      if (titleId === undefined)
        throw new CoreError("catalog row lost its title", { line: row.line });
      const copy = mergeCopy(old, row, titleId);
      if (!old || !sameCopy(copy, old)) writes.push(copy);
    }
    await upsertCopies(tx, writes);
    const counts = { inserted: rows.length - stored.size, updated: stored.size };
    await audit(tx, actor, "import.catalog", "import:catalog", counts);
    return counts;
  });
}

/**
 * Loads a catalog file (CSV or .xlsx): one row per copy, upserting the Title by ISBN-13 (or by
 * title and author when there is none) and the Copy by barcode. Bad rows are reported with
 * their line and skipped; good rows are written in transactions of a few thousand rows, with
 * multi-row statements, so a whole school library (30 000 copies) loads in seconds.
 * Librarian or system only; refusals `not_librarian`, `unreadable`, `missing_column`.
 * `options.dryRun` rolls every batch back; `options.onProgress` hears of each batch.
 */
export function importCatalog(
  lib: Library,
  actor: Actor,
  file: string,
  options: ImportOptions = {},
): Promise<Result<ImportSummary, ImportRefusal>> {
  return runImport(actor, file, ["barcode", "title"], async (table) => {
    const { good, errors } = checkCatalogRows(table.rows);
    const summary: ImportSummary = { inserted: 0, updated: 0, errors };
    for (let i = 0; i < good.length; i += CHUNK) {
      const counts = await writeChunk(lib, actor, good.slice(i, i + CHUNK), options);
      summary.inserted += counts.inserted;
      summary.updated += counts.updated;
      options.onProgress?.(Math.min(i + CHUNK, good.length), good.length);
    }
    return summary;
  });
}
