import { upsertGroup } from "../../db/chat-group-repo.ts";
import { findClassByName } from "../../db/roster-repo.ts";
import type { Actor } from "../actor.ts";
import { canSeeClass } from "../actor.ts";
import { audit } from "../audit.ts";
import { parseClassName } from "../imports/grades.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import { runTransaction } from "../../db/transact.ts";

/**
 * Links a class group chat (班级群) to its class, so it gets that class's rota, new books and
 * activities. Only a teacher of the class or the librarian may; linking again moves the group.
 * Refusals: `unknown_class` (no such class, "3-2" or "3年2班"), `not_your_class`.
 */
export async function linkGroup(
  lib: Library,
  actor: Actor,
  input: { platform: string; chatId: string; className: string },
): Promise<Result<{ classId: number; className: string }, "unknown_class" | "not_your_class">> {
  const ref = parseClassName(input.className);
  const cls = ref ? await findClassByName(lib.db, ref.name) : null;
  if (!cls) return refuse("unknown_class");
  if (actor.kind === "group" || !canSeeClass(actor, cls.id)) return refuse("not_your_class");
  return runTransaction(lib.db, async (tx) => {
    const group = await upsertGroup(tx, {
      platform: input.platform,
      chatId: input.chatId,
      classId: cls.id,
      linkedBy: actor.memberId ?? null,
    });
    await audit(tx, actor, "group.link", `group:${group.id}`, { classId: cls.id });
    return ok({ classId: cls.id, className: cls.name });
  });
}
