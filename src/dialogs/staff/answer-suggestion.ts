import {
  answerSuggestion,
  MAX_REPLY_CHARS,
  openSuggestions,
  suggestionAnswers,
} from "../../core/suggestion-answers.ts";
import type {
  AnswerNotice,
  AnswerRefusal,
  NoticeDeps,
  SuggestionAnswer,
} from "../../core/suggestion-answers.ts";
import { enqueue } from "../../outbox/queue.ts";
import { t } from "../texts/index.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import type { Conversation } from "../types.ts";
import type { Library } from "../../core/library.ts";
import type { Actor } from "../../core/actor.ts";

/** Words that name an answer when typed after the number (答复 12 采纳 …). */
const answerWords: Record<string, SuggestionAnswer> = {
  采纳: "accepted",
  accepted: "accepted",
  accept: "accepted",
  已订购: "ordered",
  订购: "ordered",
  ordered: "ordered",
  无法办到: "not_possible",
  无法: "not_possible",
  不采纳: "not_possible",
  not_possible: "not_possible",
};

/** "12 采纳 下周到" → id, answer and sentence, each only when given. */
export function parseAnswerArgs(args: string): {
  id?: number;
  answer?: SuggestionAnswer;
  reply?: string;
} {
  const m = /^#?(\d+)\s*(\S*)\s*([\s\S]*)$/.exec(args.trim());
  if (!m) return {};
  const answer = answerWords[(m[2] ?? "").toLowerCase()];
  if (!answer) return { id: Number(m[1]) };
  const reply = (m[3] ?? "").trim();
  return reply ? { id: Number(m[1]), answer, reply } : { id: Number(m[1]), answer };
}

async function pickOpen(c: Conversation, lib: Library, actor: Actor) {
  const open = await c.act(() => openSuggestions(lib, actor));
  if (!open.ok || open.value.length === 0) return void c.say(c.t("answer_none_open"));
  const menu = open.value.map((s) => ({
    id: `s${s.id}`,
    label: c.t("answer_item", {
      id: s.id,
      kind: c.t(s.kind === "purchase" ? "suggest_kind_purchase" : "suggest_kind_suggestion"),
      excerpt: s.excerpt,
    }),
  }));
  return Number((await c.choose(c.t("answer_pick"), menu)).slice(1));
}

function sayRefusal(c: Conversation, code: AnswerRefusal, detail?: Record<string, unknown>) {
  if (code === "too_long") {
    const length = Number(detail?.["length"] ?? 0);
    return c.say(c.t("answer_too_long", { length, max: MAX_REPLY_CHARS }));
  }
  return c.say(c.t(`answer_${code}`));
}

/**
 * 答复 [#id [采纳|已订购|无法办到 [sentence]]]: the librarian answers a suggestion or purchase
 * request; what is not typed is asked (the open ones as a menu, the answer as a menu, then
 * the sentence). The sender is told privately in their language (answerSuggestion).
 */
export const answerSuggestionDialog =
  ({ lib }: DialogDeps): IntentDialog =>
  async (c, { actor, args, chat }) => {
    if (!actor.isLibrarian) return c.say(c.t("answer_not_librarian"));
    if (chat.isGroup || actor.kind === "group") return c.say(c.t("answer_in_group"));
    const given = parseAnswerArgs(args);
    const id = given.id ?? (await pickOpen(c, lib, actor));
    if (id === undefined) return;
    const answer =
      given.answer ??
      ((await c.choose(
        c.t("answer_pick_answer"),
        suggestionAnswers.map((a) => ({ id: a, label: c.t(`answer_${a}`) })),
      )) as SuggestionAnswer);
    const reply = given.reply ?? (await c.ask(c.t("answer_ask_reply", { max: MAX_REPLY_CHARS })));
    const deps: NoticeDeps<AnswerNotice> = {
      enqueue,
      defaultLocale: c.locale,
      render: (locale, n) => t(locale, "push_suggestion_answer", n),
    };
    const r = await c.act(() => answerSuggestion(lib, actor, { id, answer, reply }, deps));
    if (!r.ok) return sayRefusal(c, r.code, r.detail);
    c.say(c.t(r.value.told ? "answer_done" : "answer_done_untold", { id }));
  };
