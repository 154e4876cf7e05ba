import type { Db } from "../../db/client.ts";
import {
  findTitlesChangedSince,
  findTitlesForIndexPage,
  readCatalogCounters,
  readTableVersion,
} from "../../db/search-repo.ts";
import type { CatalogCounters, TableVersion } from "../../db/search-repo.ts";
import { toEntry } from "./search-rank.ts";
import { refreshShelf } from "./shelf-counts.ts";
import type { ShelfCounts } from "./shelf-counts.ts";
import { TitleIndexBuilder, withTitles } from "./title-index.ts";
import type { TitleIndex } from "./title-index.ts";

type TitleVersion = TableVersion;

/** What a search runs on: every title's text and every title's copies on the shelf. */
export interface CatalogIndex {
  titles: TitleIndex;
  shelf: ShelfCounts;
}

interface State extends CatalogIndex {
  titleVersion: TitleVersion;
  /** The CatalogVersion counters this state was read at (updated in place when nothing changed). */
  counters: CatalogCounters;
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

/** The titles as of a moved (or first) counter; the previous ones while it stands still. */
async function titlesAt(db: Db, prev: State | undefined, c: CatalogCounters) {
  if (prev && prev.counters.titles === c.titles)
    return { titles: prev.titles, version: prev.titleVersion };
  const version = await readTableVersion(db, "Title");
  return { titles: await refreshTitles(db, prev, version), version };
}

async function shelfAt(db: Db, prev: State | undefined, c: CatalogCounters) {
  if (prev && prev.counters.copies === c.copies) return prev.shelf;
  return refreshShelf(db, prev?.shelf, await readTableVersion(db, "Copy"));
}

/**
 * One primary-key read of the counters; only a table whose counter moved is looked at again.
 * The counters are read first: a write committed meanwhile is read now and again next time.
 */
async function refresh(db: Db, prev: State | undefined): Promise<State> {
  const counters = await readCatalogCounters(db);
  if (prev && prev.counters.titles === counters.titles && prev.counters.copies === counters.copies)
    return prev;
  const [t, shelf] = await Promise.all([titlesAt(db, prev, counters), shelfAt(db, prev, counters)]);
  // The same object while nothing searchable changed: answers remembered for it stay valid.
  if (prev && t.titles === prev.titles && shelf === prev.shelf) {
    prev.counters = counters;
    return prev;
  }
  return { titles: t.titles, shelf, titleVersion: t.version, counters };
}

/**
 * The catalogue index, loaded on first use and checked against the database on every call
 * (one read of the CatalogVersion row), so an import by the CLI or a checkout in another process
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
