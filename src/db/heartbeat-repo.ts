import type { Db } from "./client.ts";

export interface HeartbeatRow {
  service: string;
  /** JSON list of the platforms the service serves. */
  platforms: string;
  startedAt: Date;
  beatAt: Date;
}

/** Writes a service's heartbeat (its row replaced: a restart takes its row back). */
export async function upsertHeartbeat(db: Db, row: HeartbeatRow): Promise<void> {
  const { service, ...rest } = row;
  await db.heartbeat.upsert({
    where: { service },
    create: row,
    update: rest,
    select: { service: true },
  });
}

/** The newest heartbeat of any service, if one was ever written. */
export function findNewestHeartbeat(db: Db) {
  return db.heartbeat.findFirst({
    select: { service: true, beatAt: true },
    orderBy: { beatAt: "desc" },
  });
}

/** Deletes the rows of services silent since `before` (moved or renamed long ago). */
export async function deleteHeartbeatsBefore(db: Db, before: Date): Promise<number> {
  return (await db.heartbeat.deleteMany({ where: { beatAt: { lt: before } } })).count;
}
