import type { Db } from "./client.ts";

const noticeHold = {
  id: true,
  patronId: true,
  readyAt: true,
  pickupBy: true,
  patron: { select: { name: true } },
  title: { select: { title: true } },
} as const;

/** A hold as notices need it. */
export interface NoticeHold {
  id: number;
  patronId: number;
  readyAt: Date | null;
  pickupBy: string | null;
  patron: { name: string };
  title: { title: string };
}

export function findReadyHolds(db: Db): Promise<NoticeHold[]> {
  return db.hold.findMany({
    where: { status: "ready" },
    select: noticeHold,
    orderBy: { id: "asc" },
  });
}

export function findReadyHold(db: Db, id: number): Promise<NoticeHold | null> {
  return db.hold.findFirst({ where: { id, status: "ready" }, select: noticeHold });
}

/** Holds that expired after `since`. */
export function findHoldsExpiredAfter(db: Db, since: Date): Promise<NoticeHold[]> {
  return db.hold.findMany({
    where: { status: "expired", closedAt: { gt: since } },
    select: noticeHold,
    orderBy: { id: "asc" },
  });
}

/** The holds among `ids` whose hold-ready notice ("hold_ready:<id>:…") is already queued. */
export async function findHoldsAlreadyTold(db: Db, ids: readonly number[]): Promise<Set<number>> {
  const told = new Set<number>();
  for (let i = 0; i < ids.length; i += 100) {
    const rows = await db.outbox.findMany({
      where: {
        OR: ids.slice(i, i + 100).map((id) => ({ dedupeKey: { startsWith: `hold_ready:${id}:` } })),
      },
      select: { dedupeKey: true },
    });
    for (const r of rows) told.add(Number(r.dedupeKey.split(":")[1]));
  }
  return told;
}
