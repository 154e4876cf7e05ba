import type { Db } from "./client.ts";

export function findPreferences(db: Db, platform: string, userId: string) {
  return db.chatMember.findUnique({
    where: { platform_userId: { platform, userId } },
    select: { locale: true, quietHours: true, mutedNotices: true },
  });
}

export async function updatePreferences(
  db: Db,
  memberId: number,
  data: { locale?: string; quietHours?: string | null; mutedNotices?: string },
): Promise<void> {
  await db.chatMember.update({ where: { id: memberId }, data, select: { id: true } });
}
