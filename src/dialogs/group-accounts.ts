import type { Library } from "../core/library.ts";
import { findClassAccountsOfGroup } from "../db/group-member-repo.ts";

/**
 * The accounts a platform should look for in a class group (the class's pupils and their
 * guardians on that platform), when it can ask who is a member (Telegram's getChatMember):
 * whether each is there decides their private copies of class notices.
 */
export function accountsToLookFor(
  lib: Library,
  group: { platform: string; chatId: string },
): Promise<string[]> {
  return findClassAccountsOfGroup(lib.db, group);
}
