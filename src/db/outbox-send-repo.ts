import { Prisma } from "../generated/prisma/client.ts";
import { inChunks } from "./chunks.ts";
import type { Db } from "./client.ts";
import { executeSql } from "./direct-sql.ts";

/** An outbox row as the sender needs it. */
export interface SendRow {
  id: number;
  chatId: string;
  isGroup: boolean;
  kind: string;
  payload: string;
  urgent: boolean;
  attempts: number;
}

const sendRow = {
  id: true,
  chatId: true,
  isGroup: true,
  kind: true,
  payload: true,
  urgent: true,
  attempts: true,
} as const;

/** Pending rows of a platform due at `now`, oldest first. */
export function findDueRows(
  db: Db,
  platform: string,
  now: Date,
  limit: number,
): Promise<SendRow[]> {
  return db.outbox.findMany({
    where: { status: "pending", platform, nextAttemptAt: { lte: now } },
    select: sendRow,
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: limit,
  });
}

/** The earliest nextAttemptAt of the platform's pending rows, if any. */
export async function findNextDueAt(db: Db, platform: string): Promise<Date | null> {
  const row = await db.outbox.findFirst({
    where: { status: "pending", platform },
    select: { nextAttemptAt: true },
    orderBy: { nextAttemptAt: "asc" },
  });
  return row?.nextAttemptAt ?? null;
}

/**
 * Moves rows still pending to "sending" under `token` (a conditional UPDATE: of two senders
 * racing for a row, exactly one changes it) and returns the rows this token now holds.
 */
export async function claimRows(
  db: Db,
  ids: number[],
  token: string,
  at: Date,
): Promise<SendRow[]> {
  if (ids.length === 0) return [];
  await db.outbox.updateMany({
    where: { id: { in: ids }, status: "pending" },
    data: { status: "sending", claimToken: token, claimedAt: at },
  });
  return db.outbox.findMany({
    where: { id: { in: ids }, status: "sending", claimToken: token },
    select: sendRow,
    orderBy: { id: "asc" },
  });
}

/** What a claimed row becomes after an attempt. */
export type RowOutcome =
  | { status: "sent"; sentAt: Date; attempts: number }
  | { status: "pending"; nextAttemptAt: Date; attempts: number; lastError: string }
  | { status: "dead"; attempts: number; lastError: string };

/** Stores the outcome of a row this token holds; false when the claim was lost meanwhile. */
export async function finishRow(
  db: Db,
  id: number,
  token: string,
  outcome: RowOutcome,
): Promise<boolean> {
  const r = await db.outbox.updateMany({
    where: { id, status: "sending", claimToken: token },
    data: { ...outcome, claimToken: null, claimedAt: null },
  });
  return r.count === 1;
}

/** Gives rows this token holds back, untried (the platform paused, the sender stops). */
export async function releaseClaims(db: Db, token: string): Promise<number> {
  const r = await db.outbox.updateMany({
    where: { status: "sending", claimToken: token },
    data: { status: "pending", claimToken: null, claimedAt: null },
  });
  return r.count;
}

/** Renews the claims `token` holds (its sender's heartbeat): claimedAt becomes `at`. */
export async function renewClaims(db: Db, token: string, at: Date): Promise<number> {
  const r = await db.outbox.updateMany({
    where: { status: "sending", claimToken: token },
    data: { claimedAt: at },
  });
  return r.count;
}

/**
 * Renews one row's claim right before it is sent; false when `token` no longer holds it (its
 * lease passed while this sender was stalled and another took it back): then it is not sent.
 */
export async function holdClaim(db: Db, id: number, token: string, at: Date): Promise<boolean> {
  const n = await executeSql(
    db,
    Prisma.sql`UPDATE "Outbox" SET "claimedAt" = ${at}
    WHERE "id" = ${id} AND "status" = 'sending' AND "claimToken" = ${token}`,
  );
  return n === 1;
}

/** Rows whose claim was last renewed before `before` (their sender died): back to pending. */
export async function releaseStaleClaims(db: Db, platform: string, before: Date): Promise<number> {
  const r = await db.outbox.updateMany({
    where: { status: "sending", platform, claimedAt: { lt: before } },
    data: { status: "pending", claimToken: null, claimedAt: null },
  });
  return r.count;
}

/** Moves pending rows to a later attempt time (quiet hours, a busy chat). */
export async function deferRows(db: Db, ids: number[], until: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.outbox.updateMany({
    where: { id: { in: ids }, status: "pending" },
    data: { nextAttemptAt: until },
  });
}

/** Marks pending rows dead without trying them. */
export async function killRows(db: Db, ids: number[], reason: string): Promise<void> {
  if (ids.length === 0) return;
  await db.outbox.updateMany({
    where: { id: { in: ids }, status: "pending" },
    data: { status: "dead", lastError: reason },
  });
}

/** Marks every pending row to one chat dead (the chat refused us for good). */
export async function killChatRows(
  db: Db,
  platform: string,
  chatId: string,
  reason: string,
): Promise<number> {
  const r = await db.outbox.updateMany({
    where: { platform, chatId, status: "pending" },
    data: { status: "dead", lastError: reason },
  });
  return r.count;
}

/** The quiet hours members of a platform set for themselves (null: the school's). */
export async function findMemberQuietHours(
  db: Db,
  platform: string,
  userIds: string[],
): Promise<Map<string, string | null>> {
  const rows = await inChunks(userIds, (chunk) =>
    db.chatMember.findMany({
      where: { platform, userId: { in: chunk } },
      select: { userId: true, quietHours: true },
    }),
  );
  return new Map(rows.map((r) => [r.userId, r.quietHours]));
}
