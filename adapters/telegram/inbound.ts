import { z } from "zod";
import type { Inbound } from "../../src/messages.ts";
import { decodeCallbackData } from "./callback-data.ts";

/** Who the bot is (from getMe): to tell mentions of it and replies to it. */
export interface BotIdentity {
  id: number;
  username: string;
}

const user = z.object({ id: z.number(), is_bot: z.boolean().optional() });
const chat = z.object({ id: z.number(), type: z.string() });
const entity = z.object({
  type: z.string(),
  offset: z.number(),
  length: z.number(),
  user: user.optional(),
});
const message = z.object({
  message_id: z.number(),
  chat,
  from: user.optional(),
  text: z.string().optional(),
  entities: z.array(entity).optional(),
  reply_to_message: z.object({ from: user.optional() }).optional(),
  new_chat_members: z.array(user).optional(),
  left_chat_member: user.optional(),
});
const update = z.object({
  update_id: z.number(),
  message: message.optional(),
  callback_query: z
    .object({
      id: z.string(),
      from: user,
      data: z.string().optional(),
      message: z.object({ message_id: z.number(), chat }).optional(),
    })
    .optional(),
});

type Message = z.infer<typeof message>;
type Entity = z.infer<typeof entity>;

/** A button press, as the gate keeps it to settle the press later (JSON). */
export interface Press {
  queryId: string;
  /** The message the button was on (absent when Telegram no longer has it). */
  message?: { chatId: number; messageId: number };
}

/** An update the bot answers: the neutral message, and for a press what to settle. */
export interface Incoming {
  updateId: string;
  inbound: Inbound;
  press?: Press;
}

/** The update types the bot asks Telegram for. */
export const ALLOWED_UPDATES = ["message", "callback_query"] as const;

const PLATFORM = "telegram";

/**
 * Reads a raw update as a neutral Inbound. Null for what the bot does not answer: edits,
 * channel posts, senders without a user (anonymous channel admins). People joining or leaving
 * a group come as `members` (who is in a class group decides who gets private copies).
 */
export function toIncoming(raw: unknown, me: BotIdentity): Incoming | null {
  const parsed = update.safeParse(raw);
  if (!parsed.success) return null;
  const { update_id, message: msg, callback_query: query } = parsed.data;
  const updateId = String(update_id);
  if (msg?.from) {
    const inbound = baseInbound(msg.chat, msg.from.id, updateId);
    const members = membersChanged(msg);
    if (inbound.isGroup && members) return { updateId, inbound: { ...inbound, members } };
    if (msg.text !== undefined) inbound.text = withoutMention(msg, me);
    if (inbound.isGroup) inbound.mentioned = addressesBot(msg, me);
    return { updateId, inbound };
  }
  if (query) {
    // A press on a message the bot cannot see any more belongs to the user's private chat.
    const where = query.message?.chat ?? { id: query.from.id, type: "private" };
    const inbound = baseInbound(where, query.from.id, updateId);
    inbound.choice = decodeCallbackData(query.data);
    const pressed = query.message && {
      chatId: query.message.chat.id,
      messageId: query.message.message_id,
    };
    const press = pressed ? { queryId: query.id, message: pressed } : { queryId: query.id };
    return { updateId, inbound, press };
  }
  return null;
}

function baseInbound(where: { id: number; type: string }, userId: number, updateId: string) {
  const inbound: Inbound = {
    platform: PLATFORM,
    chatId: String(where.id),
    userId: String(userId),
    isGroup: where.type !== "private",
    updateId,
  };
  return inbound;
}

/** People (not bots) a service message says joined or left the group, as account ids. */
function membersChanged(msg: Message): { joined: string[]; left: string[] } | undefined {
  const people = (list: { id: number; is_bot?: boolean | undefined }[]) =>
    list.filter((u) => u.is_bot !== true).map((u) => String(u.id));
  const joined = people(msg.new_chat_members ?? []);
  const left = people(msg.left_chat_member ? [msg.left_chat_member] : []);
  return joined.length + left.length > 0 ? { joined, left } : undefined;
}

/** Whether an entity is an @-mention of the bot (by username or as a text mention). */
function mentionsBot(text: string, e: Entity, me: BotIdentity): boolean {
  if (e.type === "text_mention") return e.user?.id === me.id;
  const handle = `@${me.username}`.toLowerCase();
  return e.type === "mention" && text.slice(e.offset, e.offset + e.length).toLowerCase() === handle;
}

/** The text without "@bot" mentions ("@书香Bot 西游记" asks for 西游记). */
function withoutMention(msg: Message, me: BotIdentity): string {
  const text = msg.text ?? "";
  const mentions = (msg.entities ?? []).filter(
    (e) => e.type === "mention" && mentionsBot(text, e, me),
  );
  if (mentions.length === 0) return text;
  let rest = text;
  for (const e of [...mentions].reverse()) {
    rest = rest.slice(0, e.offset) + rest.slice(e.offset + e.length);
  }
  return rest.trim();
}

/**
 * A group message is addressed to the bot when it starts with a slash command, @-mentions the
 * bot's username (or the bot as a text mention), or replies to one of the bot's messages.
 */
export function addressesBot(msg: Message, me: BotIdentity): boolean {
  if (msg.reply_to_message?.from?.id === me.id) return true;
  const text = msg.text ?? "";
  return (msg.entities ?? []).some(
    (e) => (e.type === "bot_command" && e.offset === 0) || mentionsBot(text, e, me),
  );
}
