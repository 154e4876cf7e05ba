import { inChunks } from "./chunks.ts";
import type { Db } from "./client.ts";

/** Broadcasts sent since `since`. */
export function findBroadcastsSince(db: Db, since: Date) {
  return db.broadcast.findMany({
    where: { createdAt: { gte: since } },
    select: { id: true, createdBy: true, createdAt: true, recipientCount: true },
    orderBy: { id: "asc" },
  });
}

/** The dedupe keys among `keys` already in the outbox. */
export async function findExistingKeys(db: Db, keys: readonly string[]): Promise<Set<string>> {
  const rows = await inChunks(keys, (chunk) =>
    db.outbox.findMany({ where: { dedupeKey: { in: chunk } }, select: { dedupeKey: true } }),
  );
  return new Set(rows.map((r) => r.dedupeKey));
}

/** Rows per status of each broadcast. */
export async function countBroadcastRows(
  db: Db,
  ids: readonly number[],
): Promise<Map<number, Map<string, number>>> {
  const rows = await inChunks(ids, (chunk) =>
    db.outbox.groupBy({
      by: ["broadcastId", "status"],
      where: { broadcastId: { in: chunk } },
      _count: { _all: true },
    }),
  );
  const out = new Map<number, Map<string, number>>();
  for (const r of rows) {
    if (r.broadcastId === null) continue;
    const m = out.get(r.broadcastId) ?? new Map<string, number>();
    m.set(r.status, r._count._all);
    out.set(r.broadcastId, m);
  }
  return out;
}

/** Why a broadcast's dead rows failed, most common first. */
export async function findDeadReasons(db: Db, broadcastId: number) {
  const rows = await db.outbox.groupBy({
    by: ["lastError"],
    where: { broadcastId, status: "dead" },
    _count: { _all: true },
  });
  return rows
    .map((r) => ({ reason: r.lastError ?? "", count: r._count._all }))
    .sort((a, b) => b.count - a.count);
}

/** Outbox rows by status and platform (the `shuxiang outbox` table). */
export async function countOutbox(db: Db) {
  const rows = await db.outbox.groupBy({ by: ["platform", "status"], _count: { _all: true } });
  return rows.map((r) => ({ platform: r.platform, status: r.status, count: r._count._all }));
}

/** The newest dead rows, with their reasons. */
export function findNewestDead(db: Db, take: number) {
  return db.outbox.findMany({
    where: { status: "dead" },
    select: {
      id: true,
      platform: true,
      chatId: true,
      kind: true,
      lastError: true,
      createdAt: true,
    },
    orderBy: { id: "desc" },
    take,
  });
}
