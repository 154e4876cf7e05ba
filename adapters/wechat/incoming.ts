import * as types from "wechaty-puppet/types";
import type { Message } from "wechaty";
import type { Inbound } from "../../src/messages.ts";
import { PLATFORM } from "./contact-directory.ts";

/**
 * What a message is to the bot: `text` to answer; `other` content a person sent (a picture, a
 * voice note: private chats are told the bot reads text only); `ignore` for the rest (system
 * notices, recalls, red envelopes, official accounts' pushes).
 */
export type MessageKind = "text" | "other" | "ignore";

const personContent = new Set<types.Message>([
  types.Message.Attachment,
  types.Message.Audio,
  types.Message.Contact,
  types.Message.ChatHistory,
  types.Message.Emoticon,
  types.Message.Image,
  types.Message.Location,
  types.Message.MiniProgram,
  types.Message.Url,
  types.Message.Video,
]);

export function messageKind(message: Message): MessageKind {
  if (message.talker().type() === types.Contact.Official) return "ignore";
  const type = message.type();
  if (type === types.Message.Text) return "text";
  return personContent.has(type) ? "other" : "ignore";
}

/** The conversation a message belongs to: its room, or the private chat with the talker. */
export function conversationId(message: Message): string {
  return message.room()?.id ?? message.talker().id;
}

/**
 * A text message as the dialogs' Inbound. Private: the chat is the person (`chatId` = their
 * identity key, as for Telegram, so outbox rows addressed to an account reach them after a
 * re-login). Room: the chat is the room; `mentioned` when the bot was @-ed, and the mentions
 * are taken out of the text ("@书香 排班" reads "排班").
 */
export async function toInbound(message: Message, userId: string): Promise<Inbound> {
  const room = message.room();
  const base = { platform: PLATFORM, userId, updateId: message.id };
  if (!room) return { ...base, chatId: userId, isGroup: false, text: message.text() };
  const mentioned = await message.mentionSelf();
  const text = mentioned ? await message.mentionText() : message.text();
  return { ...base, chatId: room.id, isGroup: true, text, mentioned };
}

/** Whether a group message spoke to the bot (so an apology may be said in the room). */
export function addressed(inbound: Inbound): boolean {
  return (
    !inbound.isGroup ||
    inbound.mentioned === true ||
    (inbound.text ?? "").trimStart().startsWith("/")
  );
}
