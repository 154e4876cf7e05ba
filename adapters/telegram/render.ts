import { splitLongText } from "../../src/dialogs/engine/replies.ts";
import type { Choice, Reply } from "../../src/messages.ts";
import { encodeCallbackData } from "./callback-data.ts";

/** What a menu under an empty text shows (Telegram refuses an empty message). */
const MENU_ONLY_TEXT = "👇";

export interface InlineKeyboard {
  inline_keyboard: { text: string; callback_data: string }[][];
}

/** Telegram's limit on a document's caption. */
const MAX_CAPTION_CHARS = 1024;

/**
 * One sendMessage: plain text (no parse_mode, so `<`, `_`, `*` in titles are just text); with
 * a `document`, one sendDocument and the text as its caption.
 */
export interface OutgoingMessage {
  text: string;
  keyboard?: InlineKeyboard;
  document?: { name: string; bytes: Buffer };
  /** A picture, sent with sendPhoto (the text its caption) instead of a document. */
  photo?: { name: string; bytes: Buffer };
}

/**
 * A reply as Telegram messages: the text cut below Telegram's 4096 characters on line boundaries, the
 * choices as an inline keyboard (one button per row) on the last part. Callback data is
 * `menuId:id`, checked to fit 64 bytes.
 */
export function renderReply(reply: Reply): OutgoingMessage[] {
  if (reply.file) return renderFile(reply, reply.file);
  if (reply.image) return renderFile(reply, reply.image, "photo");
  const choices = reply.choices ?? [];
  const keyboard =
    choices.length > 0 ? keyboardOf(reply.menuId, choices, reply.controls ?? []) : undefined;
  const text = reply.text.trim() === "" ? (keyboard ? MENU_ONLY_TEXT : "") : reply.text;
  if (!text) return [];
  const parts: OutgoingMessage[] = splitLongText(text).map((part) => ({ text: part }));
  const last = parts[parts.length - 1];
  if (last && keyboard) last.keyboard = keyboard;
  return parts;
}

/** One button per choice and row; 上一步 and 取消 side by side on a last row. */
function keyboardOf(menuId: string | undefined, choices: Choice[], controls: Choice[]) {
  if (menuId === undefined) throw new Error("a reply with choices needs a menuId");
  const button = (c: Choice) => ({
    text: c.label,
    callback_data: encodeCallbackData(menuId, c.id),
  });
  const rows = choices.map((c) => [button(c)]);
  if (controls.length > 0) rows.push(controls.map(button));
  return { inline_keyboard: rows };
}

/** A file as a document, a picture as a photo; the text its caption (after it when too long). */
function renderFile(
  reply: Reply,
  file: NonNullable<Reply["file"]>,
  as: "document" | "photo" = "document",
): OutgoingMessage[] {
  const attached = { [as]: { name: file.name, bytes: Buffer.from(file.base64, "base64") } };
  if (reply.text.length <= MAX_CAPTION_CHARS) return [{ text: reply.text, ...attached }];
  const text: Reply = { text: reply.text };
  if (reply.choices) text.choices = reply.choices;
  if (reply.menuId) text.menuId = reply.menuId;
  if (reply.controls) text.controls = reply.controls;
  return [{ text: "", ...attached }, ...renderReply(text)];
}
