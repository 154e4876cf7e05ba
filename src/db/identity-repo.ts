import type { Db } from "./client.ts";

/** A chat account's stable key and whether it has any binding (one row at most). */
export function findIdentityAnchor(db: Db, platform: string, userId: string) {
  return db.chatMember.findUnique({
    where: { platform_userId: { platform, userId } },
    select: { stableKey: true, bindings: { select: { id: true }, take: 1 } },
  });
}

/** Whether a chat account row exists for this key. */
export async function memberExists(db: Db, platform: string, userId: string): Promise<boolean> {
  const row = await db.chatMember.findUnique({
    where: { platform_userId: { platform, userId } },
    select: { id: true },
  });
  return row !== null;
}

/** Stores the stable key of an existing chat account (no row: nothing happens). */
export async function setStableKey(
  db: Db,
  platform: string,
  userId: string,
  stableKey: string,
): Promise<void> {
  await db.chatMember.updateMany({ where: { platform, userId }, data: { stableKey } });
}
