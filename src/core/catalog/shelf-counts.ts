import type { Db } from "../../db/client.ts";
import {
  countAvailableByTitle,
  countAvailablePage,
  findCopiesChangedSince,
} from "../../db/search-repo.ts";
import type { TableVersion } from "../../db/search-repo.ts";

type CopyVersion = TableVersion;

/**
 * Copies on the shelf per title (absent = none), as of `version`. A refresh updates the map
 * in place (copying 30 000 entries on every checkout would cost more than the search) and
 * returns a new wrapper, so whoever keys on the wrapper sees the change.
 */
export interface ShelfCounts {
  version: CopyVersion;
  counts: Map<number, number>;
}

/** Past this many changed titles one full grouped count is cheaper than a long IN list. */
const maxRecount = 500;

export const sameCopyVersion = (a: CopyVersion, b: CopyVersion): boolean =>
  a.count === b.count && a.maxId === b.maxId && a.maxUpdatedAt === b.maxUpdatedAt;

/** Titles counted per query in a full count: small reads leave little garbage behind. */
const pageSize = 1000;

/** Every title's count, a page of titles at a time (one read of 30 000 rows leaves ~35 MiB). */
async function countAll(db: Db): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  for (let after = 0; ;) {
    const rows = await countAvailablePage(db, after, pageSize);
    for (const r of rows) counts.set(r.titleId, r.n);
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) return counts;
    after = last.titleId;
  }
}

/**
 * Brings the on-shelf counts up to `version`. Every circulation write stamps Copy.updatedAt,
 * so only the titles of copies changed since the last look are counted again; a copy count
 * that does not add up (a copy was deleted) or a large import means one full count.
 */
export async function refreshShelf(
  db: Db,
  prev: ShelfCounts | undefined,
  version: CopyVersion,
): Promise<ShelfCounts> {
  if (prev && sameCopyVersion(prev.version, version)) return prev;
  const full = async () => ({ version, counts: await countAll(db) });
  if (!prev) return full();
  const changed = await findCopiesChangedSince(db, prev.version.maxId, prev.version.maxUpdatedAt);
  const added = changed.filter((c) => c.id > prev.version.maxId).length;
  const titles = [...new Set(changed.map((c) => c.titleId))];
  if (version.count !== prev.version.count + added || titles.length > maxRecount) return full();
  if (titles.length === 0) return { version, counts: prev.counts };
  const recount = await countAvailableByTitle(db, titles);
  for (const id of titles) prev.counts.set(id, recount.get(id) ?? 0);
  return { version, counts: prev.counts };
}
