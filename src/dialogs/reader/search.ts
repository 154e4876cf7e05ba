import type { Actor } from "../../core/actor.ts";
import type { TitleHit } from "../../core/catalog/hits.ts";
import type { ChatRef, DialogDeps, IntentDialog } from "../intent.ts";
import type { Conversation } from "../types.ts";
import type { Choice } from "../../messages.ts";
import { isGroupChat } from "../intent.ts";
import { loadFamily } from "./access.ts";
import { detailLines } from "./format.ts";
import { reserveTitle } from "./place-hold-step.ts";
import { pickHit, runSearch } from "./search-step.ts";
import { answerSmallTalk, offerCommands } from "./small-talk.ts";
import type { DialogLookup } from "./small-talk.ts";

const RESERVE = "reserve";
const BACK = "back";

/** Whether 预约 can be offered under a title's details; if not, says why (when it helps). */
function canOfferReserve(c: Conversation, hit: TitleHit, actor: Actor, chat: ChatRef): boolean {
  if (hit.isReference) return false;
  if (isGroupChat(chat, actor)) {
    c.say(c.t("reader_detail_reserve_private"));
    return false;
  }
  if (actor.patronIds.length === 0) {
    c.say(c.t("reader_detail_reserve_bind"));
    return false;
  }
  return true;
}

/**
 * "搜索 / search" and any plain text: lists up to 40 hits eight a page; a chosen hit shows its
 * details and, in a private chat with a bound reader, offers 预约. Anyone may search, in
 * groups too; reserving needs a private chat. A greeting or an emoji gets a kind word and 帮助;
 * text that finds nothing and looks like a command ("续接", "帮我续借一下") asks "你是想…吗？".
 */
export const searchDialog =
  (deps: DialogDeps, dialogOf: DialogLookup = () => undefined): IntentDialog =>
  async (c, { actor, args, chat }) => {
    const query = args.trim() || (await c.ask(c.t("reader_search_ask")));
    if (answerSmallTalk(c, query)) return;
    const found = await runSearch(c, deps, actor, query);
    if (!found) return offerCommands(c, { actor, args: query, chat }, dialogOf);
    const prompt = c.t("reader_search_found", { total: found.total, shown: found.ids.length });
    for (;;) {
      const hit = await pickHit(c, deps, { actor, found, prompt });
      if (!hit) return;
      c.say(detailLines(c, hit).join("\n"));
      const menu: Choice[] = canOfferReserve(c, hit, actor, chat)
        ? [{ id: RESERVE, label: c.t("reader_action_reserve") }]
        : [];
      menu.push({ id: BACK, label: c.t("reader_action_back") });
      const next = await c.choose(c.t("reader_detail_prompt"), menu, { textFallthrough: true });
      if (next === RESERVE) {
        const family = await loadFamily(c, deps, actor);
        await reserveTitle(c, deps, { actor, family, hit });
        return;
      }
    }
  };
