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
