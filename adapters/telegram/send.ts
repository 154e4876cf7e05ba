import type { Telegram } from "telegraf";
import type { Reply } from "../../src/messages.ts";
import type { OutgoingMessage } from "./render.ts";
import { renderReply } from "./render.ts";
import { withRetry } from "./retry.ts";
import type { RetryOptions } from "./retry.ts";

/** The sendMessage options of a part: its keyboard, and no parse_mode (plain text). */
export function extraOf(part: OutgoingMessage) {
  return part.keyboard ? { reply_markup: part.keyboard } : {};
}

/** Sends one part of a reply (a single call, no retry): a message, a document or a photo. */
export function sendPart(
  telegram: Telegram,
  chatId: string,
  part: OutgoingMessage,
): Promise<unknown> {
  const caption = part.text ? { caption: part.text } : {};
  if (part.photo) {
    return telegram.sendPhoto(
      chatId,
      { source: part.photo.bytes, filename: part.photo.name },
      caption,
    );
  }
  if (!part.document) return telegram.sendMessage(chatId, part.text, extraOf(part));
  const file = { source: part.document.bytes, filename: part.document.name };
  return telegram.sendDocument(chatId, file, caption);
}

/**
 * Sends the replies to one message, in order, each call again after a 429 or a network error
 * (the user is waiting for them). Throws the error of a call that still fails.
 */
export async function sendReplies(
  telegram: Telegram,
  chatId: string,
  replies: readonly Reply[],
  retry: RetryOptions = {},
): Promise<void> {
  for (const reply of replies) {
    for (const part of renderReply(reply)) {
      await withRetry(() => sendPart(telegram, chatId, part), retry);
    }
  }
}
