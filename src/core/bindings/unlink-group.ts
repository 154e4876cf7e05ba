import { deleteGroup } from "../../db/chat-group-repo.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import type { Library } from "../library.ts";
import { runTransaction } from "../../db/transact.ts";

/**
 * Forgets a group chat's class link when the bot is no longer in the group (removed from a
 * WeChat room): the class's rota, new books and activities stop being queued for it. Audited
 * as `group.unlink` with the class id. Answers whether a link was there; a group that was
 * never linked changes nothing.
 */
export async function unlinkGroup(
  lib: Library,
  actor: Actor,
  group: { platform: string; chatId: string },
): Promise<{ unlinked: boolean }> {
  return runTransaction(lib.db, async (tx) => {
    const row = await deleteGroup(tx, group.platform, group.chatId);
    if (!row) return { unlinked: false };
    await audit(tx, actor, "group.unlink", `group:${row.id}`, { classId: row.classId });
    return { unlinked: true };
  });
}
