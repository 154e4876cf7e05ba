import type { Db } from "./client.ts";

export function findPreferences(db: Db, platform: string, userId: string) {
  return db.chatMember.findUnique({
    where: { platform_userId: { platform, userId } },
    select: { locale: true, quietHours: true, mutedNotices: true },
  });
}
