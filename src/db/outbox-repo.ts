import { Prisma } from "../generated/prisma/client.ts";
import type { Db, Tx } from "./client.ts";

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
  /** A group chat (paced per group). */
  isGroup?: boolean;
  /** The Broadcast the row belongs to, for its delivery report. */
  broadcastId?: number | null;
}

/** Rows per INSERT: 10 parameters each, far below SQLite's and PostgreSQL's limits. */
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
          Prisma.sql`(${r.dedupeKey}, ${r.platform}, ${r.chatId}, ${r.kind}, ${r.payload}, ${r.urgent}, ${r.at}, ${r.at}, ${r.isGroup ?? false}, ${r.broadcastId ?? null})`,
      );
    inserted += await db.$executeRaw`
      INSERT INTO "Outbox" ("dedupeKey", "platform", "chatId", "kind", "payload", "urgent", "nextAttemptAt", "createdAt", "isGroup", "broadcastId")
      VALUES ${Prisma.join(values)}
      ON CONFLICT ("dedupeKey") DO NOTHING`;
  }
  return inserted;
}

/** Every linked class group chat of a platform (a school has a few dozen). */
export async function findGroupChats(db: Db | Tx, platform: string): Promise<Set<string>> {
  const rows = await db.chatGroup.findMany({ where: { platform }, select: { chatId: true } });
  return new Set(rows.map((r) => r.chatId));
}
