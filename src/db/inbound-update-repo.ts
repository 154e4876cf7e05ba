import { Prisma } from "../generated/prisma/client.ts";
import type { Db, Tx } from "./client.ts";
import { executeSql, queryRows, writeRows } from "./direct-sql.ts";
import { onPostgres } from "./pg-row-lock.ts";

// The inbound gate's table (src/gate). Every statement runs once or twice per message, so each
// is one raw statement. An update is open while its status is pending, handling or answered.

export type InboundStatus = "pending" | "handling" | "answered" | "done";

export interface OpenUpdateRow {
  id: number;
  status: InboundStatus;
  owner: string | null;
  leaseUntil: Date | null;
  attempts: number;
  payload: string;
  replies: string | null;
  sentCount: number;
}

const open = Prisma.sql`"status" IN ('pending', 'handling', 'answered')`;

/** An update as taken in: the platform's id of it, its chat, the stored message, when. */
export interface InboundRow {
  platform: string;
  updateId: string;
  chatKey: string;
  payload: string;
  at: Date;
}

/** Takes an update in; false when (platform, updateId) is there already (a redelivery). */
export async function insertInboundUpdate(db: Db, row: InboundRow): Promise<boolean> {
  const n = await executeSql(
    db,
    Prisma.sql`
    INSERT INTO "InboundUpdate" ("platform", "updateId", "chatKey", "payload", "receivedAt")
    VALUES (${row.platform}, ${row.updateId}, ${row.chatKey}, ${row.payload}, ${row.at})
    ON CONFLICT ("platform", "updateId") DO NOTHING`,
  );
  return n === 1;
}

/**
 * Takes an update in already held by `owner` under a lease (the process that accepts it works
 * on it): one statement instead of an insert and then a claim. Null when (platform, updateId)
 * is there already (a redelivery). `first` says no older update of the chat was open then: the
 * row is the one to work on now. Otherwise an older one goes first, and if another process
 * holds that, this row is given back (`giveBackInboundUpdates`) for it to take in order.
 */
export async function insertHeldInboundUpdate(
  db: Db | Tx,
  row: InboundRow,
  hold: { owner: string; leaseUntil: Date },
): Promise<{ row: OpenUpdateRow; first: boolean } | null> {
  const [got] = await writeRows<{ id: number | bigint; older: unknown }[]>(
    db,
    Prisma.sql`
    INSERT INTO "InboundUpdate" ("platform", "updateId", "chatKey", "payload", "receivedAt",
      "status", "owner", "leaseUntil", "attempts")
    VALUES (${row.platform}, ${row.updateId}, ${row.chatKey}, ${row.payload}, ${row.at},
      'handling', ${hold.owner}, ${hold.leaseUntil}, 1)
    ON CONFLICT ("platform", "updateId") DO NOTHING
    RETURNING "id", EXISTS (SELECT 1 FROM "InboundUpdate" o WHERE o."chatKey" = ${row.chatKey}
      AND o."status" IN ('pending', 'handling', 'answered') AND o."id" < "InboundUpdate"."id")
      AS "older"`,
  );
  if (!got) return null;
  const held: OpenUpdateRow = {
    id: Number(got.id),
    status: "handling",
    owner: hold.owner,
    leaseUntil: hold.leaseUntil,
    // As a claim finds it: the attempts before this one.
    attempts: 0,
    payload: row.payload,
    replies: null,
    sentCount: 0,
  };
  return { row: held, first: got.older === false || Number(got.older) === 0 };
}

/**
 * Gives updates `owner` took in held but never worked on back as pending, as if stored only
 * (another process holds an older update of the chat, or this one stops).
 */
export async function giveBackInboundUpdates(db: Db, ids: number[], owner: string): Promise<void> {
  if (ids.length === 0) return;
  await executeSql(
    db,
    Prisma.sql`
    UPDATE "InboundUpdate" SET "status" = 'pending', "owner" = NULL, "leaseUntil" = NULL,
      "attempts" = "attempts" - 1
    WHERE "id" IN (${Prisma.join(ids)}) AND "owner" = ${owner} AND "status" = 'handling'`,
  );
}

/**
 * The oldest open update of a chat: the only one of the chat that may be worked on. `after`
 * skips the updates up to that id (ones this process finished whose "done" is not written yet).
 */
export async function findFirstOpenUpdate(
  db: Db,
  chatKey: string,
  after = 0,
): Promise<OpenUpdateRow | null> {
  const [row] = await queryRows<Record<string, unknown>[]>(
    db,
    Prisma.sql`
    SELECT "id", "status", "owner", "leaseUntil", "attempts", "payload", "replies", "sentCount"
    FROM "InboundUpdate" WHERE "chatKey" = ${chatKey} AND ${open} AND "id" > ${after}
    ORDER BY "id" LIMIT 1`,
  );
  if (!row) return null;
  const lease = row.leaseUntil as Date | string | null;
  return {
    id: Number(row.id),
    status: row.status as InboundStatus,
    owner: row.owner as string | null,
    leaseUntil: lease === null ? null : new Date(lease),
    attempts: Number(row.attempts),
    payload: row.payload as string,
    replies: row.replies as string | null,
    sentCount: Number(row.sentCount),
  };
}

/**
 * Takes an open update under a lease for `owner` when nobody holds it (a pending row, one
 * released for a later retry, or one whose holder's lease ran out: a crashed process). A
 * pending row becomes "handling"; an answered one stays answered (its replies are to be sent).
 */
export async function claimInboundUpdate(
  db: Db,
  id: number,
  owner: string,
  now: Date,
  leaseUntil: Date,
): Promise<boolean> {
  const n = await executeSql(
    db,
    Prisma.sql`
    UPDATE "InboundUpdate" SET "owner" = ${owner}, "leaseUntil" = ${leaseUntil},
      "attempts" = "attempts" + 1,
      "status" = CASE WHEN "status" = 'pending' THEN 'handling' ELSE "status" END
    WHERE "id" = ${id} AND ${open} AND ("leaseUntil" IS NULL OR "leaseUntil" < ${now})`,
  );
  return n === 1;
}

/** Commits a turn's replies (in the turn's transaction); false when the lease was lost. */
export async function commitInboundReplies(
  tx: Tx,
  id: number,
  owner: string,
  replies: string,
): Promise<boolean> {
  const n = await executeSql(
    tx,
    Prisma.sql`
    UPDATE "InboundUpdate" SET "status" = 'answered', "replies" = ${replies}, "sentCount" = 0
    WHERE "id" = ${id} AND "owner" = ${owner} AND "status" = 'handling'`,
  );
  return n === 1;
}

/** Records how many replies are out; with `done` the update is finished. */
export async function recordRepliesSent(
  db: Db,
  id: number,
  owner: string,
  sent: { count: number; done: boolean; at: Date },
): Promise<void> {
  const status = sent.done ? "done" : "answered";
  const doneAt = sent.done ? sent.at : null;
  await executeSql(
    db,
    Prisma.sql`
    UPDATE "InboundUpdate" SET "sentCount" = ${sent.count}, "status" = ${status},
      "doneAt" = ${doneAt}, "owner" = CASE WHEN ${sent.done} THEN NULL ELSE "owner" END
    WHERE "id" = ${id} AND "owner" = ${owner}`,
  );
}

/**
 * Finishes updates whose replies `owner` has all sent: `sentCount` says how many went out (by
 * id). One statement per distinct count (almost always one), run by the caller's transaction
 * when it has one. An update no longer held by `owner` is left as it is.
 */
export async function markInboundDone(
  db: Db | Tx,
  owner: string,
  sent: ReadonlyMap<number, number>,
  at: Date,
): Promise<void> {
  const byCount = new Map<number, number[]>();
  for (const [id, count] of sent) byCount.set(count, [...(byCount.get(count) ?? []), id]);
  for (const [count, ids] of byCount) {
    await executeSql(
      db,
      Prisma.sql`
      UPDATE "InboundUpdate" SET "sentCount" = ${count}, "status" = 'done', "doneAt" = ${at},
        "owner" = NULL
      WHERE "id" IN (${Prisma.join(ids)}) AND "owner" = ${owner}`,
    );
  }
}

/** Gives an update back until `retryAt` (a send that failed for now). */
export async function releaseInboundUpdate(
  db: Db,
  id: number,
  owner: string,
  retryAt: Date,
): Promise<void> {
  await executeSql(
    db,
    Prisma.sql`
    UPDATE "InboundUpdate" SET "owner" = NULL, "leaseUntil" = ${retryAt}
    WHERE "id" = ${id} AND "owner" = ${owner}`,
  );
}

/**
 * Extends the leases `owner` holds (a heartbeat while the process is alive). On PostgreSQL it
 * passes over rows a transaction of the process has locked (a turn's commit writing "done"
 * marks) instead of waiting for them: locking its rows in another order than that commit, it
 * could deadlock with it. Such a row is renewed by the next beat, long before its lease ends.
 */
export async function renewInboundLeases(db: Db, owner: string, until: Date): Promise<number> {
  const mine = Prisma.sql`"owner" = ${owner} AND ${open}`;
  return executeSql(
    db,
    onPostgres(db)
      ? Prisma.sql`
        UPDATE "InboundUpdate" SET "leaseUntil" = ${until} WHERE "id" IN (
          SELECT "id" FROM "InboundUpdate" WHERE ${mine} FOR UPDATE SKIP LOCKED)`
      : Prisma.sql`UPDATE "InboundUpdate" SET "leaseUntil" = ${until} WHERE ${mine}`,
  );
}

/** Chats of `platforms` with an open update nobody holds (left by a crash, or to retry). */
export async function findChatsToResume(
  db: Db,
  platforms: string[],
  now: Date,
  limit: number,
): Promise<string[]> {
  const rows = await queryRows<{ chatKey: string }[]>(
    db,
    Prisma.sql`
    SELECT DISTINCT "chatKey" FROM "InboundUpdate"
    WHERE ${open} AND ("leaseUntil" IS NULL OR "leaseUntil" < ${now})
      AND "platform" IN (${Prisma.join(platforms)})
    LIMIT ${limit}`,
  );
  return rows.map((r) => r.chatKey);
}

/** Deletes finished updates older than `before` (platforms redeliver only recent ones). */
export async function pruneInboundUpdates(db: Db, before: Date): Promise<number> {
  return executeSql(
    db,
    Prisma.sql`DELETE FROM "InboundUpdate" WHERE "status" = 'done' AND "doneAt" < ${before}`,
  );
}
