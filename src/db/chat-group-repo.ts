import type { Db, Tx } from "./client.ts";

export function findGroupClass(db: Db, platform: string, chatId: string) {
  return db.chatGroup.findUnique({
    where: { platform_chatId: { platform, chatId } },
    select: { classId: true },
  });
}

export function upsertGroup(
  tx: Tx,
  g: { platform: string; chatId: string; classId: number; linkedBy: number | null },
) {
  return tx.chatGroup.upsert({
    where: { platform_chatId: { platform: g.platform, chatId: g.chatId } },
    create: g,
    update: { classId: g.classId, linkedBy: g.linkedBy },
    select: { id: true },
  });
}

/** Deletes a group chat's class link; the id of the row deleted, or null when there was none. */
export async function deleteGroup(tx: Tx, platform: string, chatId: string) {
  const row = await tx.chatGroup.findUnique({
    where: { platform_chatId: { platform, chatId } },
    select: { id: true, classId: true },
  });
  if (!row) return null;
  await tx.chatGroup.delete({ where: { id: row.id }, select: { id: true } });
  return row;
}
