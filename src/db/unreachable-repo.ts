import { inChunks } from "./chunks.ts";
import type { Db } from "./client.ts";

/** The chats of `chatIds` recorded as unreachable on the platform, with the reason. */
export async function findUnreachable(
  db: Db,
  platform: string,
  chatIds: string[],
): Promise<Map<string, string>> {
  const rows = await inChunks(chatIds, (chunk) =>
    db.unreachableChat.findMany({
      where: { platform, chatId: { in: chunk } },
      select: { chatId: true, reason: true },
    }),
  );
  return new Map(rows.map((r) => [r.chatId, r.reason]));
}

export async function saveUnreachable(
  db: Db,
  row: { platform: string; chatId: string; reason: string; at: Date },
): Promise<void> {
  await db.unreachableChat.upsert({
    where: { platform_chatId: { platform: row.platform, chatId: row.chatId } },
    create: row,
    update: { reason: row.reason, at: row.at },
    select: { id: true },
  });
}

/** Forgets that a chat was unreachable; true when it was recorded. */
export async function deleteUnreachable(
  db: Db,
  platform: string,
  chatId: string,
): Promise<boolean> {
  const r = await db.unreachableChat.deleteMany({ where: { platform, chatId } });
  return r.count > 0;
}
