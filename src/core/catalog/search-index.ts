import type { Db } from "../../db/client.ts";
import {
  findTitlesChangedSince,
  findTitlesForIndexPage,
  readCatalogVersion,
} from "../../db/search-repo.ts";
import type { CatalogVersion } from "../../db/search-repo.ts";
import { toEntry } from "./search-rank.ts";
import { refreshShelf } from "./shelf-counts.ts";
import type { ShelfCounts } from "./shelf-counts.ts";
import { TitleIndexBuilder, withTitles } from "./title-index.ts";
import type { TitleIndex } from "./title-index.ts";

type TitleVersion = CatalogVersion["titles"];

/** What a search runs on: every title's text and every title's copies on the shelf. */
export interface CatalogIndex {
  titles: TitleIndex;
  shelf: ShelfCounts;
}

interface State extends CatalogIndex {
  titleVersion: TitleVersion;
}

interface Slot {
  state?: State;
  refreshing?: Promise<State> | undefined;
}

/** One index per open database, so tests and processes never share one by accident. */
const slots = new WeakMap<Db, Slot>();

const sameTitleVersion = (a: TitleVersion, b: TitleVersion): boolean =>
  a.count === b.count && a.maxId === b.maxId && a.maxUpdatedAt === b.maxUpdatedAt;

/** Titles read per query when the index is built: all 30 000 rows at once cost ~40 MiB. */
const pageSize = 500;

async function fullTitles(db: Db): Promise<TitleIndex> {
  const builder = new TitleIndexBuilder();
  for (let after: number | null = null; ;) {
    const rows = await findTitlesForIndexPage(db, after, pageSize);
    for (const row of rows) builder.add(toEntry(row));
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) return builder.finish();
    after = last.id;
  }
}

/**
 * New titles get higher ids and edited ones a newer updatedAt, so only those rows are read;
 * a count that still disagrees means a title was deleted, and then all are read again.
 */
async function refreshTitles(db: Db, prev: State | undefined, v: TitleVersion) {
  if (!prev) return fullTitles(db);
  if (sameTitleVersion(prev.titleVersion, v)) return prev.titles;
  const { maxId, maxUpdatedAt } = prev.titleVersion;
  const next = withTitles(prev.titles, await findTitlesChangedSince(db, maxId, maxUpdatedAt));
  return next.list.length === v.count ? next : fullTitles(db);
}

async function refresh(db: Db, prev: State | undefined): Promise<State> {
  const v = await readCatalogVersion(db);
  const [titles, shelf] = await Promise.all([
    refreshTitles(db, prev, v.titles),
    refreshShelf(db, prev?.shelf, v.copies),
  ]);
  // The same object while nothing changed: answers remembered for it stay valid.
  if (prev && titles === prev.titles && shelf === prev.shelf) return prev;
  return { titles, shelf, titleVersion: v.titles };
}

/**
 * The catalogue index, loaded on first use and checked against the database on every call
 * (one query of indexed aggregates), so an import by the CLI or a checkout in another process
 * shows in the next search. Concurrent callers share one refresh.
 */
export async function catalogIndex(db: Db): Promise<CatalogIndex> {
  let slot = slots.get(db);
  if (!slot) {
    slot = {};
    slots.set(db, slot);
  }
  const current = slot;
  if (!current.refreshing) {
    current.refreshing = refresh(db, current.state).finally(() => {
      current.refreshing = undefined;
    });
  }
  current.state = await current.refreshing;
  return current.state;
}
