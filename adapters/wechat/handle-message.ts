import type { Message } from "wechaty";
import type { Bot } from "../../src/dialogs/bot.ts";
import { t } from "../../src/dialogs/texts/index.ts";
import type { Locale } from "../../src/dialogs/texts/index.ts";
import type { Inbound, Reply } from "../../src/dialogs/types.ts";
import type { Logger } from "../../src/logger.ts";
import type { ContactDirectory } from "./contact-directory.ts";
import { addressed, messageKind, toInbound } from "./incoming.ts";
import { hashId } from "./log-ids.ts";
import { renderReplies } from "./render.ts";
import { wechatText } from "./texts.ts";

export interface MessageDeps {
  bot: Bot;
  directory: ContactDirectory;
  log: Logger;
  /** The language of the apology and the "text only" answer. */
  locale: Locale;
  maxChars: number;
  /** Takes a message id in; false when it was taken in before (a redelivery). */
  claim: (messageId: string) => Promise<boolean>;
}

/** What became of a message (logged at debug; tests wait on it). */
export type Outcome = "self" | "ignored" | "duplicate" | "text_only" | "answered" | "silent";

/**
 * Answers one message: the bot's own and unreadable ones are dropped, each id is handled once,
 * text goes to the Bot and its replies back to the room or person. A failing Bot is logged and
 * answered with the apology (in a room only when the bot was addressed); a failing send is
 * logged. Rejects only when the database fails before the Bot is reached (the caller logs it).
 */
export async function answerMessage(deps: MessageDeps, message: Message): Promise<Outcome> {
  if (message.self()) return "self";
  const kind = messageKind(message);
  const room = message.room();
  if (kind === "ignore" || (room && kind !== "text")) return "ignored";
  if (!(await deps.claim(message.id))) return "duplicate";
  const talker = message.talker();
  if (kind === "other") {
    await deliver(deps, message, [wechatText(deps.locale, "wechat_text_only")]);
    return "text_only";
  }
  const inbound = await toInbound(message, await deps.directory.keyOf(talker));
  const parts = renderReplies(await repliesFor(deps, inbound), deps.maxChars);
  await deliver(deps, message, parts);
  if (!room) {
    await deps.directory.anchor(talker).catch((err: unknown) => {
      deps.log.warn({ err, contact: hashId(talker.id) }, "wechat identity not anchored yet");
    });
  }
  return parts.length > 0 ? "answered" : "silent";
}

async function repliesFor(deps: MessageDeps, inbound: Inbound): Promise<Reply[]> {
  try {
    return await deps.bot.handle(inbound);
  } catch (err) {
    deps.log.error({ err, message: hashId(inbound.updateId ?? "") }, "wechat message failed");
    return addressed(inbound) ? [{ text: t(deps.locale, "apology") }] : [];
  }
}

/** Says the parts in order to the message's room, or to its talker in a private chat. */
async function deliver(deps: MessageDeps, message: Message, parts: string[]): Promise<void> {
  const target = message.room() ?? message.talker();
  try {
    for (const part of parts) await target.say(part);
  } catch (err) {
    deps.log.warn({ err, message: hashId(message.id) }, "wechat reply not delivered");
  }
}
