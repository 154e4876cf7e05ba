import type { Actor } from "../../core/actor.ts";
import { patronSummary } from "../../core/reports/patron-summary.ts";
import type { PatronSummary } from "../../core/reports/patron-summary.ts";
import { isGroupChat } from "../intent.ts";
import type { ChatRef, DialogDeps } from "../intent.ts";
import type { Conversation } from "../types.ts";

/**
 * The patrons the actor may act for (self and children) with their loans and holds, read
 * through `act` so a replay sees what the user saw. Only actor.patronIds are read.
 */
export function loadFamily(
  c: Conversation,
  deps: DialogDeps,
  actor: Actor,
): Promise<PatronSummary[]> {
  return c.act(() => patronSummary(deps.lib, actor));
}

/**
 * The family for a personal dialog, or null after saying why there is none: in a group the
 * `privateKey` sentence, without any bound reader how to bind.
 */
export async function familyInPrivate(
  c: Conversation,
  deps: DialogDeps,
  ctx: { actor: Actor; chat: ChatRef },
  privateKey:
    | "reader_private_mine"
    | "reader_private_renew"
    | "reader_private_reserve"
    | "reader_private_unreserve",
): Promise<PatronSummary[] | null> {
  if (isGroupChat(ctx.chat, ctx.actor)) {
    c.say(c.t(privateKey));
    return null;
  }
  const family = ctx.actor.patronIds.length > 0 ? await loadFamily(c, deps, ctx.actor) : [];
  if (family.length === 0) {
    c.say(c.t("reader_need_binding"));
    return null;
  }
  return family;
}
