import { findPreferences } from "../../db/preferences-repo.ts";
import type { Library } from "../library.ts";

/**
 * Notice kinds a member may turn off; overdue and hold notices always stay on. "class_copy" is
 * the private copy of a class-wide notice for someone not known to be in the class's group:
 * off means "group only".
 */
export const optionalNotices = [
  "due_soon",
  "new_books",
  "activities",
  "rota",
  "figures",
  "class_copy",
] as const;
export type OptionalNotice = (typeof optionalNotices)[number];

export function isOptionalNotice(kind: string): kind is OptionalNotice {
  return (optionalNotices as readonly string[]).includes(kind);
}

/** The notices an account turned off, from the comma-separated list it is stored as. */
export function mutedNoticesOf(stored: string | null | undefined): OptionalNotice[] {
  return (stored ?? "").split(",").filter(isOptionalNotice);
}

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
    muted: mutedNoticesOf(row?.mutedNotices),
  };
}
