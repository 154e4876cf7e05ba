import {
  findChatAccount,
  findSuggestion,
  findUnansweredSuggestions,
  saveAnswer,
} from "../db/suggestion-answer-repo.ts";
import type { Tx } from "../db/client.ts";
import { isLocale } from "../locale.ts";
import type { Locale } from "../locale.ts";
import type { Actor } from "./actor.ts";
import { audit } from "./audit.ts";
import type { Enqueue } from "./broadcasts/outbound.ts";
import type { Library } from "./library.ts";
import { ok, refuse } from "./result.ts";
import type { Result } from "./result.ts";
import type { SuggestionKind } from "./suggestions.ts";
import { runTransaction } from "../db/transact.ts";

/** What the librarian can answer: accepted (采纳), ordered (已订购, purchase requests only), not possible. */
export const suggestionAnswers = ["accepted", "ordered", "not_possible"] as const;
export type SuggestionAnswer = (typeof suggestionAnswers)[number];

/** Longest sentence the librarian may add, in characters. */
export const MAX_REPLY_CHARS = 200;

export type AnswerRefusal =
  | "not_librarian"
  | "unknown_suggestion"
  | "not_purchase"
  | "already_arrived"
  | "empty_reply"
  | "too_long";

/** What the submitter is told, for the caller's text table. */
export interface AnswerNotice {
  kind: SuggestionKind;
  answer: SuggestionAnswer;
  reply: string;
  /** The start of what they wrote, so they know which one is answered. */
  excerpt: string;
}

/** How the caller words the notice and queues it. */
export interface NoticeDeps<N> {
  enqueue: Enqueue;
  render: (locale: Locale, notice: N) => string;
  defaultLocale: Locale;
}

export interface OpenSuggestion {
  id: number;
  kind: SuggestionKind;
  excerpt: string;
}

const kindOf = (k: string): SuggestionKind => (k === "purchase" ? "purchase" : "suggestion");
const excerptOf = (text: string, max = 20) =>
  [...text].length > max ? `${[...text].slice(0, max).join("")}…` : text;

/** Queues a private notice to a chat account (none when the account is gone). */
export async function tellAccount<N>(
  tx: Tx,
  lib: Library,
  to: { memberId: number | null; dedupeKey: string; notice: N },
  deps: NoticeDeps<N>,
): Promise<boolean> {
  const account = to.memberId === null ? null : await findChatAccount(tx, to.memberId);
  if (!account) return false;
  const locale = isLocale(account.locale) ? account.locale : deps.defaultLocale;
  const message = {
    dedupeKey: to.dedupeKey,
    platform: account.platform,
    chatId: account.userId,
    kind: "suggestion" as const,
    text: deps.render(locale, to.notice),
  };
  return (await deps.enqueue(tx, [message], lib.now())) > 0;
}

/**
 * The newest suggestions and purchase requests without an answer (default 8), for the
 * librarian to pick one to answer. Refusal `not_librarian`.
 */
export async function openSuggestions(
  lib: Library,
  actor: Actor,
  limit = 8,
): Promise<Result<OpenSuggestion[], "not_librarian">> {
  if (!actor.isLibrarian) return refuse("not_librarian");
  const rows = await findUnansweredSuggestions(lib.db, limit);
  return ok(rows.map((r) => ({ id: r.id, kind: kindOf(r.kind), excerpt: excerptOf(r.text) })));
}

type AnswerInput = { id: number; answer: SuggestionAnswer; reply: string };

function inputRefusal(input: AnswerInput, kind: string, status: string) {
  const length = [...input.reply.trim()].length;
  if (input.answer === "ordered" && kind !== "purchase") return refuse("not_purchase");
  if (status === "arrived") return refuse("already_arrived");
  if (length === 0) return refuse("empty_reply");
  if (length > MAX_REPLY_CHARS) return refuse("too_long", { length, max: MAX_REPLY_CHARS });
  return undefined;
}

/**
 * The librarian answers a suggestion or purchase request: accepted, ordered (purchase requests
 * only) or not possible, with a sentence (1–200 characters). The answer is stored and audited,
 * and the submitter is told privately through the outbox in their language, in the same
 * transaction. A later answer replaces the earlier one and is told again; a purchase request
 * whose book has arrived is closed (`already_arrived`). `told` is false when the submitter's
 * account is gone. Refusals: not_librarian, unknown_suggestion, not_purchase,
 * already_arrived, empty_reply, too_long.
 */
export async function answerSuggestion(
  lib: Library,
  actor: Actor,
  input: AnswerInput,
  deps: NoticeDeps<AnswerNotice>,
): Promise<Result<{ told: boolean }, AnswerRefusal>> {
  if (!actor.isLibrarian) return refuse("not_librarian");
  return runTransaction(lib.db, async (tx): Promise<Result<{ told: boolean }, AnswerRefusal>> => {
    const s = await findSuggestion(tx, input.id);
    if (!s) return refuse("unknown_suggestion");
    const refusal = inputRefusal(input, s.kind, s.status);
    if (refusal) return refusal;
    const reply = input.reply.trim();
    const answeredAt = lib.now();
    const saved = { answer: input.answer, reply, answeredAt, answeredBy: actor.memberId ?? null };
    await saveAnswer(tx, s.id, saved);
    const notice = {
      kind: kindOf(s.kind),
      answer: input.answer,
      reply,
      excerpt: excerptOf(s.text),
    };
    const dedupeKey = `suggestion:${s.id}:answer:${answeredAt.getTime()}`;
    const told = await tellAccount(tx, lib, { memberId: s.memberId, dedupeKey, notice }, deps);
    await audit(tx, actor, "suggestion.answer", `suggestion:${s.id}`, {
      answer: input.answer,
      told,
    });
    return ok({ told });
  });
}
