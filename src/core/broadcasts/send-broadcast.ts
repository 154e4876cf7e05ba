import { findTitleNames, insertBroadcast } from "../../db/broadcast-repo.ts";
import type { Tx } from "../../db/client.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import type { Library } from "../library.ts";
import type { OptionalNotice } from "../members/preferences.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import { audienceProblem } from "./audience.ts";
import type { Audience, AudienceRefusal } from "./audience.ts";
import type { Enqueue, OutboundMessage } from "./outbound.ts";
import { findRecipients } from "./recipients.ts";
import type { Recipient } from "./recipients.ts";
import { runTransaction } from "../../db/transact.ts";

/** Longest text a librarian may write (the titles come on top). */
export const MAX_BROADCAST_CHARS = 1000;
export const MAX_BROADCAST_TITLES = 5;
/** The message as sent must fit one chat message. */
const MAX_MESSAGE_CHARS = 4000;

export interface BroadcastDraft {
  /** What the librarian wrote. */
  text: string;
  /** Recommended titles, in order. */
  titleIds: number[];
  audience: Audience;
  /** The message every recipient gets: the text and the titles as the dialog rendered them. */
  message: string;
}

export type BroadcastRefusal =
  | "not_librarian"
  | "empty_text"
  | "text_too_long"
  | "too_many_titles"
  | "unknown_title"
  | "no_recipients"
  | AudienceRefusal;

async function draftProblem(tx: Tx, d: BroadcastDraft): Promise<BroadcastRefusal | null> {
  if (!d.text.trim() || !d.message.trim()) return "empty_text";
  if ([...d.text].length > MAX_BROADCAST_CHARS || d.message.length > MAX_MESSAGE_CHARS) {
    return "text_too_long";
  }
  if (new Set(d.titleIds).size > MAX_BROADCAST_TITLES) return "too_many_titles";
  return audienceProblem(tx, d.audience);
}

/**
 * A broadcast that recommends titles is a new-book notice: accounts that turned those off
 * do not get it. A plain announcement reaches everyone in the audience.
 */
const mutableAs = (titleIds: readonly number[]): OptionalNotice | null =>
  titleIds.length > 0 ? "new_books" : null;

/**
 * How many chats a broadcast to this audience (recommending these titles) would reach now:
 * the preview's count. Librarian only (`not_librarian`); a malformed audience is refused
 * like in sendBroadcast.
 */
export async function countBroadcastRecipients(
  lib: Library,
  actor: Actor,
  audience: Audience,
  titleIds: readonly number[] = [],
): Promise<Result<number, "not_librarian" | AudienceRefusal>> {
  if (!actor.isLibrarian || actor.kind === "group") return refuse("not_librarian");
  return runTransaction(lib.db, async (tx) => {
    const problem = await audienceProblem(tx, audience);
    if (problem) return refuse(problem);
    return ok((await findRecipients(tx, audience, mutableAs(titleIds))).length);
  });
}

const messagesFor = (id: number, recipients: Recipient[], text: string): OutboundMessage[] =>
  recipients.map((r) => ({
    dedupeKey: `broadcast:${id}:${r.platform}:${r.chatId}`,
    platform: r.platform,
    chatId: r.chatId,
    kind: "broadcast",
    text,
  }));

/**
 * Sends a librarian's broadcast (recommended titles skip accounts that turned new-book notices
 * off): in one transaction records the Broadcast (text, titles,
 * audience, sender, recipient count) and enqueues one outbox row per recipient chat with the
 * dedupe key "broadcast:<id>:<platform>:<chatId>", and audits it. Nothing is written when the
 * audience reaches nobody (`no_recipients`). The sender and the delivery report come later.
 */
export async function sendBroadcast(
  lib: Library,
  actor: Actor,
  draft: BroadcastDraft,
  enqueue: Enqueue,
): Promise<Result<{ broadcastId: number; recipientCount: number }, BroadcastRefusal>> {
  if (!actor.isLibrarian || actor.kind === "group") return refuse("not_librarian");
  type Out = Result<{ broadcastId: number; recipientCount: number }, BroadcastRefusal>;
  return runTransaction(lib.db, async (tx): Promise<Out> => {
    const problem = await draftProblem(tx, draft);
    if (problem) return refuse(problem);
    const ids = [...new Set(draft.titleIds)];
    const titles = await findTitleNames(tx, ids);
    if (titles.length !== ids.length) return refuse("unknown_title");
    const recipients = await findRecipients(tx, draft.audience, mutableAs(ids));
    if (recipients.length === 0) return refuse("no_recipients");
    const byId = new Map(titles.map((t) => [t.id, t.title]));
    const { id } = await insertBroadcast(tx, {
      text: draft.text,
      titles: JSON.stringify(ids.map((titleId) => ({ titleId, title: byId.get(titleId) }))),
      audience: JSON.stringify(draft.audience),
      createdBy: actor.memberId ?? null,
      createdAt: lib.now(),
      recipientCount: recipients.length,
    });
    await enqueue(tx, messagesFor(id, recipients, draft.message), lib.now());
    await audit(tx, actor, "broadcast.send", `broadcast:${id}`, {
      audience: draft.audience,
      recipients: recipients.length,
    });
    return ok({ broadcastId: id, recipientCount: recipients.length });
  });
}
