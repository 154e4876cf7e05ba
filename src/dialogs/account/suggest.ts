import type { Actor } from "../../core/actor.ts";
import type { Library } from "../../core/library.ts";
import {
  listSuggestions,
  MAX_SUGGESTION_CHARS,
  submitSuggestion,
  suggestRefusal,
} from "../../core/suggestions.ts";
import type { SuggestionKind, SubmitRefusal } from "../../core/suggestions.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import type { Conversation } from "../types.ts";

function sayRefusal(
  c: Conversation,
  code: SubmitRefusal,
  detail?: Record<string, string | number>,
) {
  switch (code) {
    case "not_member":
    case "not_bound":
      return c.say(c.t("suggest_not_bound"));
    case "empty_text":
      return c.say(c.t("suggest_empty"));
    case "too_long": {
      const length = Number(detail?.["length"] ?? 0);
      return c.say(c.t("suggest_too_long", { length, max: MAX_SUGGESTION_CHARS }));
    }
  }
}

/** The librarian's view of the box: the newest 10, each with its kind and time. */
async function showBox(c: Conversation, lib: Library, actor: Actor) {
  const r = await c.act(() => listSuggestions(lib, actor, 10));
  if (!r.ok) return c.say(c.t("suggest_not_librarian"));
  if (r.value.length === 0) return c.say(c.t("suggest_list_empty"));
  c.say(c.t("suggest_list_title", { count: r.value.length }));
  for (const [i, s] of r.value.entries()) {
    const kind = c.t(s.kind === "purchase" ? "suggest_kind_purchase" : "suggest_kind_suggestion");
    const when = `${s.createdOn} ${s.createdAt}`;
    c.say(c.t("suggest_list_item", { n: i + 1, kind, when, text: s.text }));
  }
}

/**
 * 建议 … / 荐购 …: puts the text after the command (asked for when missing) into the
 * librarian's box and thanks the writer. A text over 500 characters is refused whole. The
 * librarian's bare 建议 shows the newest suggestions instead. Groups are sent to a private chat.
 */
export const suggestDialog =
  (kind: SuggestionKind) =>
  ({ lib }: DialogDeps): IntentDialog =>
  async (c, { actor, args, chat }) => {
    if (chat.isGroup || actor.kind === "group") return c.say(c.t("suggest_in_group"));
    const given = args.trim();
    if (!given && kind === "suggestion" && actor.isLibrarian) return showBox(c, lib, actor);
    const refusal = suggestRefusal(actor);
    if (refusal) return sayRefusal(c, refusal);
    const ask = kind === "purchase" ? "suggest_ask_purchase" : "suggest_ask_suggestion";
    const text = given || (await c.ask(c.t(ask, { max: MAX_SUGGESTION_CHARS })));
    const r = await c.act(() => submitSuggestion(lib, actor, { kind, text }));
    if (!r.ok) return sayRefusal(c, r.code, r.detail);
    c.say(c.t(kind === "purchase" ? "suggest_thanks_purchase" : "suggest_thanks_suggestion"));
  };
