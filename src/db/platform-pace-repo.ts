import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./client.ts";
import { executeSql, writeRows } from "./direct-sql.ts";
import { toNumber } from "./raw-rows.ts";

/** A send slot taken from a platform's shared pace. Milliseconds since the epoch. */
export interface TakenSlot {
  /** When the message may go out. */
  at: number;
  /** Until when every process must hold this platform's sends (a 429), or 0. */
  pausedUntil: number;
}

/** Creates the platform's pace row if it has none (a no-op for every later call). */
export async function ensurePaceRow(db: Db, platform: string): Promise<void> {
  await executeSql(
    db,
    Prisma.sql`INSERT INTO "PlatformPace" ("platform", "nextSlotMs", "pausedUntilMs")
    VALUES (${platform}, 0, 0) ON CONFLICT ("platform") DO NOTHING`,
  );
}

/**
 * Takes the platform's next free send slot: the latest of its next slot, its pause and `now`,
 * and moves the next slot `gapMs` past it. One conditional UPDATE, so processes racing for a
 * slot are serialised by the row: each gets its own, `gapMs` apart (SQLite's write lock,
 * PostgreSQL's row lock). Undefined when the row is missing (see ensurePaceRow).
 */
export async function takeSlot(
  db: Db,
  platform: string,
  now: number,
  gapMs: number,
): Promise<TakenSlot | undefined> {
  const rows = await writeRows<{ nextSlotMs: number | bigint; pausedUntilMs: number | bigint }[]>(
    db,
    Prisma.sql`UPDATE "PlatformPace" SET "nextSlotMs" = (CASE
      WHEN "nextSlotMs" >= "pausedUntilMs" AND "nextSlotMs" >= ${now} THEN "nextSlotMs"
      WHEN "pausedUntilMs" >= ${now} THEN "pausedUntilMs"
      ELSE ${now} END) + ${gapMs}
    WHERE "platform" = ${platform}
    RETURNING "nextSlotMs", "pausedUntilMs"`,
  );
  const row = rows[0];
  if (!row) return undefined;
  const pausedUntil = toNumber(row.pausedUntilMs);
  return { at: toNumber(row.nextSlotMs) - gapMs, pausedUntil: pausedUntil > now ? pausedUntil : 0 };
}

/** Holds every process's sends of the platform until `until` (a later pause wins). */
export async function pausePace(db: Db, platform: string, until: number): Promise<void> {
  await executeSql(
    db,
    Prisma.sql`UPDATE "PlatformPace" SET "pausedUntilMs" = ${until}
    WHERE "platform" = ${platform} AND "pausedUntilMs" < ${until}`,
  );
}
