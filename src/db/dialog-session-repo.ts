import type { Db } from "./client.ts";

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

export async function loadDialogSession(db: Db, key: SessionKey): Promise<DialogSessionRow | null> {
  return db.dialogSession.findUnique({
    where: { platform_chatId_userId: key },
    select: { dialog: true, state: true, version: true, updatedAt: true },
  });
}

/** Stores a newly started dialog, replacing any row of the key (its version moves on). */
export async function replaceDialogSession(
  db: Db,
  key: SessionKey,
  data: { dialog: string; state: string; at: Date },
): Promise<void> {
  const { dialog, state, at } = data;
  await db.dialogSession.upsert({
    where: { platform_chatId_userId: key },
    create: { ...key, dialog, state, updatedAt: at },
    update: { dialog, state, updatedAt: at, version: { increment: 1 } },
    select: { id: true },
  });
}

/**
 * Writes a row only if its version is still `expected`, bumping it; false when another
 * process moved the dialog on first (optimistic concurrency).
 */
export async function updateDialogSession(
  db: Db,
  key: SessionKey,
  expected: number,
  data: { state?: string; at: Date },
): Promise<boolean> {
  const { count } = await db.dialogSession.updateMany({
    where: { ...key, version: expected },
    data: {
      ...(data.state === undefined ? {} : { state: data.state }),
      updatedAt: data.at,
      version: expected + 1,
    },
  });
  return count === 1;
}

/** Deletes the row of a key; with `expected`, only if nobody moved it on meanwhile. */
export async function deleteDialogSession(
  db: Db,
  key: SessionKey,
  expected?: number,
): Promise<void> {
  await db.dialogSession.deleteMany({
    where: expected === undefined ? key : { ...key, version: expected },
  });
}

/** Deletes dialogs idle since before `before` (housekeeping; expired rows are ignored anyway). */
export async function deleteIdleDialogSessions(db: Db, before: Date): Promise<number> {
  const { count } = await db.dialogSession.deleteMany({ where: { updatedAt: { lt: before } } });
  return count;
}
