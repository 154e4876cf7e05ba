import { Prisma } from "../generated/prisma/client.ts";
import type { Db, Tx } from "./client.ts";
import { executeSql } from "./direct-sql.ts";

/** One outbox row to insert; `payload` is already JSON. */
export interface OutboxRowInput {
  dedupeKey: string;
  platform: string;
  chatId: string;
  kind: string;
  payload: string;
  urgent: boolean;
  /** createdAt and the first nextAttemptAt. */
  at: Date;
  /** The Broadcast the row belongs to, for its delivery report. */
  broadcastId?: number | null;
}

/** Rows per INSERT: 9 parameters each, far below SQLite's and PostgreSQL's limits. */
const BATCH = 500;

/**
 * Inserts rows, skipping any whose dedupe key is already there (also within the batch):
 * `INSERT … ON CONFLICT ("dedupeKey") DO NOTHING`, which SQLite and PostgreSQL both run
 * (Prisma 6's createMany has no skipDuplicates on SQLite). Returns how many were inserted.
 */
export async function insertOutboxRows(
  db: Db | Tx,
  rows: readonly OutboxRowInput[],
): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += BATCH) {
    const values = rows
      .slice(i, i + BATCH)
      .map(
        (r) =>
          Prisma.sql`(${r.dedupeKey}, ${r.platform}, ${r.chatId}, ${r.kind}, ${r.payload}, ${r.urgent}, ${r.at}, ${r.at}, ${r.broadcastId ?? null})`,
      );
    inserted += await executeSql(
      db,
      Prisma.sql`
      INSERT INTO "Outbox" ("dedupeKey", "platform", "chatId", "kind", "payload", "urgent", "nextAttemptAt", "createdAt", "broadcastId")
      VALUES ${Prisma.join(values)}
      ON CONFLICT ("dedupeKey") DO NOTHING`,
    );
  }
  return inserted;
}

/**
 * Marks pending rows to linked class group chats of the platform as group rows: a single
 * UPDATE with a subquery, run after the INSERT in the same transaction.
 */
export async function markGroupRows(db: Db | Tx, platform: string): Promise<void> {
  await executeSql(
    db,
    Prisma.sql`
    UPDATE "Outbox" SET "isGroup" = true
    WHERE "platform" = ${platform} AND "status" = 'pending' AND "isGroup" = false
      AND "chatId" IN (SELECT "chatId" FROM "ChatGroup" WHERE "platform" = ${platform})`,
  );
}
