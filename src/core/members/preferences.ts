import { findPreferences } from "../../db/preferences-repo.ts";
import type { Library } from "../library.ts";

/** Notice kinds a member may turn off; overdue and hold notices always stay on. */
export const optionalNotices = ["due_soon", "new_books", "activities", "rota", "figures"] as const;
export type OptionalNotice = (typeof optionalNotices)[number];

export interface Preferences {
  locale: string | null;
  /** "HH:mm-HH:mm", or null for the school default. */
  quietHours: string | null;
  muted: OptionalNotice[];
}

/** A chat account's preferences; an unknown account has none set. */
export async function loadPreferences(
  lib: Library,
  who: { platform: string; userId: string },
): Promise<Preferences> {
  const row = await findPreferences(lib.db, who.platform, who.userId);
  return {
    locale: row?.locale ?? null,
    quietHours: row?.quietHours ?? null,
    muted: (row?.mutedNotices ?? "")
      .split(",")
      .filter((n): n is OptionalNotice => (optionalNotices as readonly string[]).includes(n)),
  };
}
