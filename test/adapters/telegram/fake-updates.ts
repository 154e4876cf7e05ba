/** Telegram-shaped users, chats, messages and updates for the fake Bot API. */

export interface FakeUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  username?: string;
}

export interface FakeChat {
  id: number;
  type: "private" | "group" | "supergroup";
  title?: string;
  first_name?: string;
}

export interface InlineButton {
  text: string;
  callback_data: string;
}

export interface FakeMessage {
  message_id: number;
  date: number;
  chat: FakeChat;
  from?: FakeUser;
  text?: string;
  entities?: { type: string; offset: number; length: number }[];
  reply_to_message?: FakeMessage;
  reply_markup?: { inline_keyboard: InlineButton[][] };
  /** A file the bot sent (sendDocument), with its bytes as uploaded. */
  document?: { file_name: string; bytes: Buffer };
  /** A picture the bot sent (sendPhoto), with its bytes as uploaded. */
  photo?: { file_name: string; bytes: Buffer };
  caption?: string;
  /** Service messages: people added to the group, or the one who left it. */
  new_chat_members?: FakeUser[];
  left_chat_member?: FakeUser;
}

export interface FakeUpdate {
  update_id: number;
  message?: FakeMessage;
  callback_query?: {
    id: string;
    from: FakeUser;
    chat_instance: string;
    message?: FakeMessage;
    data?: string;
  };
}

export const user = (id: number, first_name: string): FakeUser => ({
  id,
  is_bot: false,
  first_name,
});

export const privateChat = (u: FakeUser): FakeChat => ({
  id: u.id,
  type: "private",
  first_name: u.first_name,
});

export const groupChat = (id: number, title: string): FakeChat => ({
  id,
  type: "supergroup",
  title,
});

/** The entities Telegram marks in a text: a leading /command and @mentions. */
export function entitiesOf(text: string): FakeMessage["entities"] {
  const entities: NonNullable<FakeMessage["entities"]> = [];
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  if (command) entities.push({ type: "bot_command", offset: 0, length: command[0].length });
  for (const m of text.matchAll(/@[A-Za-z0-9_]{5,32}/g)) {
    if (m.index > 0 || !command)
      entities.push({ type: "mention", offset: m.index, length: m[0].length });
  }
  return entities.length > 0 ? entities : undefined;
}

/** A text message as Telegram delivers it (entities included). */
export function textMessage(
  messageId: number,
  from: FakeUser,
  chat: FakeChat,
  text: string,
  replyTo?: FakeMessage,
): FakeMessage {
  const entities = entitiesOf(text);
  return {
    message_id: messageId,
    date: Math.floor(Date.now() / 1000),
    chat,
    from,
    text,
    ...(entities ? { entities } : {}),
    ...(replyTo ? { reply_to_message: replyTo } : {}),
  };
}
