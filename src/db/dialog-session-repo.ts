import { Prisma } from "../generated/prisma/client.ts";
import type { Db, Tx } from "./client.ts";
import { queryRows, executeSql } from "./direct-sql.ts";

// Every statement here runs on every dialog turn, so each is one raw statement (a model
// query costs several times more in the query compiler than the statement itself).

/** Whose dialog: one waiting dialog per user per chat per platform. */
export interface SessionKey {
  platform: string;
  chatId: string;
  userId: string;
}

export interface DialogSessionRow {
  dialog: string;
  state: string;
  version: number;
  updatedAt: Date;
}

type RawRow = Omit<DialogSessionRow, "version" | "updatedAt"> & {
  version: number | bigint;
  updatedAt: Date | string;
};

const whereKey = (key: SessionKey) =>
  Prisma.sql`"platform" = ${key.platform} AND "chatId" = ${key.chatId} AND "userId" = ${key.userId}`;

export async function loadDialogSession(
  db: Db | Tx,
  key: SessionKey,
): Promise<DialogSessionRow | null> {
  const [row] = await queryRows<RawRow[]>(
    db,
    Prisma.sql`
    SELECT "dialog", "state", "version", "updatedAt" FROM "DialogSession" WHERE ${whereKey(key)}`,
  );
  if (!row) return null;
  const { dialog, state, version, updatedAt } = row;
  const at = updatedAt instanceof Date ? updatedAt : new Date(updatedAt);
  return { dialog, state, version: Number(version), updatedAt: at };
}

/** Stores a newly started dialog, replacing any row of the key (its version moves on). */
export async function replaceDialogSession(
  db: Db | Tx,
  key: SessionKey,
  data: { dialog: string; state: string; at: Date },
): Promise<void> {
  const { dialog, state, at } = data;
  await executeSql(
    db,
    Prisma.sql`
    INSERT INTO "DialogSession" ("platform", "chatId", "userId", "dialog", "state", "version", "updatedAt")
    VALUES (${key.platform}, ${key.chatId}, ${key.userId}, ${dialog}, ${state}, 0, ${at})
    ON CONFLICT ("platform", "chatId", "userId") DO UPDATE SET "dialog" = ${dialog},
      "state" = ${state}, "updatedAt" = ${at}, "version" = "DialogSession"."version" + 1`,
  );
}

/**
 * Writes a row only if its version is still `expected`, bumping it; false when another
 * process moved the dialog on first (optimistic concurrency).
 */
export async function updateDialogSession(
  db: Db | Tx,
  key: SessionKey,
  expected: number,
  data: { state?: string; at: Date },
): Promise<boolean> {
  const state = data.state === undefined ? Prisma.empty : Prisma.sql`"state" = ${data.state}, `;
  const count = await executeSql(
    db,
    Prisma.sql`
    UPDATE "DialogSession" SET ${state}"updatedAt" = ${data.at}, "version" = ${expected + 1}
    WHERE ${whereKey(key)} AND "version" = ${expected}`,
  );
  return count === 1;
}

/** Deletes the row of a key; with `expected`, only if nobody moved it on meanwhile. */
export async function deleteDialogSession(
  db: Db | Tx,
  key: SessionKey,
  expected?: number,
): Promise<void> {
  const version = expected === undefined ? Prisma.empty : Prisma.sql` AND "version" = ${expected}`;
  await executeSql(db, Prisma.sql`DELETE FROM "DialogSession" WHERE ${whereKey(key)}${version}`);
}

/** Deletes dialogs idle since before `before` (housekeeping; expired rows are ignored anyway). */
export async function deleteIdleDialogSessions(db: Db, before: Date): Promise<number> {
  const { count } = await db.dialogSession.deleteMany({ where: { updatedAt: { lt: before } } });
  return count;
}

/** One change to a dialog's stored state, as a turn decides it (applied now or with its commit). */
export type SessionWrite =
  | { kind: "replace"; key: SessionKey; dialog: string; state: string; at: Date }
  | { kind: "update"; key: SessionKey; expected: number; state: string; at: Date }
  | { kind: "delete"; key: SessionKey; expected?: number };

/** Applies one write; false when a versioned write found the dialog moved on by someone else. */
export async function applySessionWrite(db: Db | Tx, w: SessionWrite): Promise<boolean> {
  switch (w.kind) {
    case "replace":
      await replaceDialogSession(db, w.key, w);
      return true;
    case "update":
      return updateDialogSession(db, w.key, w.expected, w);
    case "delete":
      await deleteDialogSession(db, w.key, w.expected);
      return true;
  }
}
