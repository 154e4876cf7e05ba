import { Prisma } from "../generated/prisma/client.ts";
import type { Db, Tx } from "./client.ts";
import { executeSql } from "./direct-sql.ts";

/** A queued hold with what a queue-position notice needs. */
export interface QueuedHoldRow {
  id: number;
  titleId: number;
  patronId: number;
  toldPosition: number | null;
  patron: { name: string };
  title: { title: string };
}

/** Every queued hold, in queue order per title (placedAt, id); a queue is a few rows a title. */
export function findQueuedHolds(db: Db): Promise<QueuedHoldRow[]> {
  return db.hold.findMany({
    where: { status: "queued" },
    select: {
      id: true,
      titleId: true,
      patronId: true,
      toldPosition: true,
      patron: { select: { name: true } },
      title: { select: { title: true } },
    },
    orderBy: [{ titleId: "asc" }, { placedAt: "asc" }, { id: "asc" }],
  });
}

/** Records the queue place a hold's reader was told. */
export async function setToldPosition(tx: Tx, holdId: number, position: number): Promise<void> {
  await executeSql(
    tx,
    Prisma.sql`UPDATE "Hold" SET "toldPosition" = ${position} WHERE "id" = ${holdId}`,
  );
}
