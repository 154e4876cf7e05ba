import type { Db } from "../db/client.ts";
import { deleteUnreachable } from "../db/unreachable-repo.ts";

/**
 * Forgets that a chat refused us (it blocked the bot, then unblocked it and wrote again):
 * its next outbox rows are sent again. For the adapters to call on an incoming message from
 * a chat; cheap when the chat was never unreachable. True when it was.
 */
export function markChatReachable(db: Db, platform: string, chatId: string): Promise<boolean> {
  return deleteUnreachable(db, platform, chatId);
}
