import type { Db } from "../../db/client.ts";
import {
  findAllTitlesForIndex,
  findTitlesChangedSince,
  readTitleVersion,
} from "../../db/search-repo.ts";
import { toIndexed } from "./search-rank.ts";
import type { IndexedTitle } from "./search-rank.ts";

type Version = Awaited<ReturnType<typeof readTitleVersion>>;

interface IndexState {
  version: Version;
  byId: Map<number, IndexedTitle>;
  /** Every title in id order: the order ties are broken in. */
  list: IndexedTitle[];
}

interface Slot {
  state?: IndexState;
  refreshing?: Promise<IndexState> | undefined;
}

/** One index per open database, so tests and processes never share one by accident. */
const slots = new WeakMap<Db, Slot>();

const sameVersion = (a: Version, b: Version): boolean =>
  a.count === b.count &&
  a.maxId === b.maxId &&
  (a.maxUpdatedAt?.getTime() ?? 0) === (b.maxUpdatedAt?.getTime() ?? 0);

async function fullLoad(db: Db, version: Version): Promise<IndexState> {
  const rows = await findAllTitlesForIndex(db);
  const byId = new Map(rows.map((r) => [r.id, toIndexed(r)]));
  return { version, byId, list: [...byId.values()] };
}

/**
 * Brings the index up to date. New titles get higher ids and edited ones a newer updatedAt,
 * so only those rows are read; a count that still disagrees means a title was deleted, and
 * then the whole table is read again.
 */
async function refresh(db: Db, prev: IndexState | undefined): Promise<IndexState> {
  const version = await readTitleVersion(db);
  if (!prev) return fullLoad(db, version);
  if (sameVersion(prev.version, version)) return prev;
  const rows = await findTitlesChangedSince(db, prev.version.maxId, prev.version.maxUpdatedAt);
  const byId = new Map(prev.byId);
  for (const r of rows) byId.set(r.id, toIndexed(r));
  if (byId.size !== version.count) return fullLoad(db, version);
  const list = [...byId.values()];
  const sorted = list.every((t, i) => i === 0 || (list[i - 1]?.id ?? 0) < t.id);
  return { version, byId, list: sorted ? list : list.sort((a, b) => a.id - b.id) };
}

/**
 * All titles for searching, loaded on first use and checked against the database on every
 * call (one aggregate query), so a catalogue import by the CLI shows in the bot's next search.
 * Concurrent callers share one refresh.
 */
export async function titleIndex(db: Db): Promise<readonly IndexedTitle[]> {
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
  return current.state.list;
}
