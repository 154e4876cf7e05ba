import type { Db, Tx } from "./client.ts";

export interface SettingsChange {
  locale?: string;
  quietHours?: string | null;
  mutedNotices?: string;
}

const settingsSelect = { id: true, locale: true, quietHours: true, mutedNotices: true } as const;

/** A chat account's settings row, created (with `change` applied) when the account has none. */
export function upsertMemberSettings(
  db: Db | Tx,
  who: { platform: string; userId: string },
  change: SettingsChange,
) {
  return db.chatMember.upsert({
    where: { platform_userId: { platform: who.platform, userId: who.userId } },
    create: { platform: who.platform, userId: who.userId, ...change },
    update: change,
    select: settingsSelect,
  });
}
