import { findGroupClass } from "../../db/chat-group-repo.ts";
import type { Actor } from "../actor.ts";
import type { Library } from "../library.ts";
import { memberContext, noRights } from "./member-context.ts";

/**
 * The actor of a chat account, built from its bindings (never from anything in a message);
 * see `memberContext`, which also gives the account's language from the same single read.
 * An unknown account gets an actor with no rights.
 */
export async function actorFor(
  lib: Library,
  who: { platform: string; userId: string },
): Promise<Actor> {
  return (await memberContext(lib, who)).actor;
}

/**
 * The actor of a group chat: it sees its linked class (rota, new books, activities — the
 * dialogs never show a group a named overdue list), or nothing when no class is linked.
 */
export async function actorForGroup(
  lib: Library,
  group: { platform: string; chatId: string },
): Promise<Actor> {
  const linked = await findGroupClass(lib.db, group.platform, group.chatId);
  return { ...noRights("group"), classIds: linked ? [linked.classId] : [] };
}
