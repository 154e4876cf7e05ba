import type { Message, Room } from "wechaty";
import type { InboundGate } from "../../src/gate/gate.ts";
import type { Locale } from "../../src/locale.ts";
import type { Logger } from "../../src/logger.ts";
import type { ContactDirectory } from "./contact-directory.ts";
import { PLATFORM } from "./contact-directory.ts";
import { messageKind, toInbound } from "./incoming.ts";
import { hashId } from "./log-ids.ts";
import { wechatText } from "./texts.ts";

export interface MessageDeps {
  gate: InboundGate;
  directory: ContactDirectory;
  log: Logger;
  /** The language of the "text only" answer. */
  locale: Locale;
  /** Runs `then` once the chat's accepted messages are answered. */
  afterAnswer(chatId: string, then: () => Promise<void>): void;
  /** A text came from a room (its member list may be read). */
  roomSeen?(room: Room): void;
}

/** What became of a message (logged at debug; tests wait on it). */
export type Outcome = "self" | "ignored" | "text_only" | "accepted";

/**
 * Hands one message to the gate: the bot's own and unreadable ones are dropped; a picture or
 * voice note in a private chat is answered "text only"; text goes to the bot. The gate stores
 * it (a redelivered id is recognised), answers it in order and sends the replies. Once a
 * private message is answered, the talker's identity is anchored (a remark that survives a
 * re-login).
 */
export async function takeMessage(deps: MessageDeps, message: Message): Promise<Outcome> {
  if (message.self()) return "self";
  const kind = messageKind(message);
  const room = message.room();
  if (kind === "ignore" || (room && kind !== "text")) return "ignored";
  const userId = await deps.directory.keyOf(message.talker());
  if (kind === "other") {
    const inbound = { platform: PLATFORM, chatId: userId, userId, isGroup: false };
    const answer = [{ text: wechatText(deps.locale, "wechat_text_only") }];
    await deps.gate.accept({ platform: PLATFORM, updateId: message.id, inbound, answer });
    return "text_only";
  }
  const inbound = await toInbound(message, userId);
  await deps.gate.accept({ platform: PLATFORM, updateId: message.id, inbound });
  if (room) deps.roomSeen?.(room);
  if (!room) {
    // Once the message is answered (it may have been the binding), the identity is anchored.
    const talker = message.talker();
    deps.afterAnswer(inbound.chatId, () =>
      deps.directory.anchor(talker).catch((err: unknown) => {
        deps.log.warn({ err, contact: hashId(talker.id) }, "wechat identity not anchored yet");
      }),
    );
  }
  return "accepted";
}
