import type { FakeChat, FakeMessage, FakeUpdate, FakeUser, InlineButton } from "./fake-updates.ts";
import { textMessage } from "./fake-updates.ts";

export type ApiResult =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: { retry_after: number } };

export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  at: number;
}

type Params = Record<string, unknown>;

/** A file part of a multipart/form-data call. */
export interface UploadedFile {
  filename: string;
  bytes: Buffer;
}

/**
 * The parameters of a call: a JSON body, or multipart/form-data (how a bot uploads a file:
 * telegraf's sendDocument with a Buffer), file parts as UploadedFile.
 */
export async function paramsOf(type: string | undefined, body: Buffer): Promise<Params> {
  if (!type?.startsWith("multipart/form-data")) {
    return body.length > 0 ? (JSON.parse(body.toString("utf8")) as Params) : {};
  }
  const form = await new Response(body, { headers: { "content-type": type } }).formData();
  const params: Params = {};
  for (const [key, value] of form) {
    params[key] =
      typeof value === "string"
        ? value
        : { filename: value.name, bytes: Buffer.from(await value.arrayBuffer()) };
  }
  return params;
}
type Keyboard = { inline_keyboard: InlineButton[][] };

const fail = (error_code: number, description: string): ApiResult => ({
  ok: false,
  error_code,
  description,
});
const done = (result: unknown): ApiResult => ({ ok: true, result });

/** The state and methods of the fake Bot API (the HTTP side is in fake-bot-api.ts). */
export class FakeApiMethods {
  readonly me: FakeUser = {
    id: 7_000_001,
    is_bot: true,
    first_name: "书香",
    username: "ShuxiangTestBot",
  };
  readonly calls: RecordedCall[] = [];
  /** Messages by id: those the bot sent and those users sent. */
  readonly messages = new Map<number, FakeMessage>();
  /** Every update built, by id (for redelivery). */
  protected readonly updates = new Map<number, FakeUpdate>();
  readonly blocked = new Set<number>();
  readonly commands = new Map<string, unknown>();
  webhook: { url: string; secret?: string } | null = null;
  private readonly chats = new Map<number, FakeChat>();
  private readonly queries = new Set<string>();
  private nextUpdate = 500;
  private nextMessage = 1;

  /** Calls of one method, in order. */
  callsOf(method: string): Params[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.params);
  }

  /** The messages the bot sent to a chat, in order. */
  sentTo(chatId: number): FakeMessage[] {
    return [...this.messages.values()].filter((m) => m.chat.id === chatId && m.from === this.me);
  }

  /** A text message update from a user (`replyTo`: a message id the user answers). */
  text(from: FakeUser, chat: FakeChat, text: string, replyTo?: number): FakeUpdate {
    this.chats.set(chat.id, chat);
    const reply = replyTo === undefined ? undefined : this.messages.get(replyTo);
    const message = textMessage(this.nextMessage++, from, chat, text, reply);
    this.messages.set(message.message_id, message);
    return this.remember({ update_id: this.nextUpdate++, message });
  }

  /** A service message: `joined` were added to the group by `from`, or `from` left it. */
  membersChange(from: FakeUser, chat: FakeChat, change: { joined?: FakeUser[]; left?: FakeUser }) {
    this.chats.set(chat.id, chat);
    const message: FakeMessage = {
      message_id: this.nextMessage++,
      date: Math.floor(Date.now() / 1000),
      chat,
      from,
      ...(change.joined ? { new_chat_members: change.joined } : {}),
      ...(change.left ? { left_chat_member: change.left } : {}),
    };
    this.messages.set(message.message_id, message);
    return this.remember({ update_id: this.nextUpdate++, message });
  }

  /** A press on a button of a message the bot sent, with the given (or forged) data. */
  press(from: FakeUser, messageId: number, data: string): FakeUpdate {
    const message = this.messages.get(messageId);
    if (!message) throw new Error(`no message ${messageId}`);
    const id = `q${this.nextUpdate}`;
    this.queries.add(id);
    const query = { id, from, chat_instance: `ci${message.chat.id}`, message, data };
    return this.remember({ update_id: this.nextUpdate++, callback_query: query });
  }

  /** The button labelled `label` on the latest message in `chatId` with such a button. */
  button(chatId: number, label: string): { messageId: number; data: string } {
    for (const m of this.sentTo(chatId).reverse()) {
      const b = m.reply_markup?.inline_keyboard.flat().find((x) => x.text.includes(label));
      if (b) return { messageId: m.message_id, data: b.callback_data };
    }
    throw new Error(`no button "${label}" in chat ${chatId}`);
  }

  private remember(update: FakeUpdate): FakeUpdate {
    this.updates.set(update.update_id, update);
    return update;
  }

  protected call(method: string, p: Params): ApiResult {
    switch (method) {
      case "getMe":
        return done(this.me);
      case "sendMessage":
        return this.sendMessage(p);
      case "sendDocument":
        return this.sendDocument(p, "document");
      case "sendPhoto":
        return this.sendDocument(p, "photo");
      case "editMessageText":
      case "editMessageReplyMarkup":
        return this.edit(method, p);
      case "answerCallbackQuery":
        return this.queries.delete(String(p.callback_query_id))
          ? done(true)
          : fail(
              400,
              "Bad Request: query is too old and response timeout expired or query ID is invalid",
            );
      case "getChatMember":
        return this.chatMember(p);
      case "setMyCommands":
        return this.setMyCommands(p);
      case "deleteMyCommands":
        this.commands.delete(commandsKey(p));
        return done(true);
      case "setWebhook":
        this.webhook = {
          url: String(p.url),
          ...(p.secret_token ? { secret: String(p.secret_token) } : {}),
        };
        return done(true);
      case "deleteWebhook":
        this.webhook = null;
        return done(true);
      default:
        return fail(404, "Not Found: method not found");
    }
  }

  /** Who is in which group (getChatMember answers from it): group id → user ids. */
  readonly groupMembers = new Map<number, Set<number>>();

  private chatMember(p: Params): ApiResult {
    const members = this.groupMembers.get(Number(p.chat_id));
    if (!members) return fail(400, "Bad Request: chat not found");
    const id = Number(p.user_id);
    const status = members.has(id) ? "member" : "left";
    return done({ status, user: { id, is_bot: false, first_name: String(id) } });
  }

  private sendMessage(p: Params): ApiResult {
    const chatId = Number(p.chat_id);
    const chat = this.chats.get(chatId);
    if (!chat) return fail(400, "Bad Request: chat not found");
    if (this.blocked.has(chatId)) return fail(403, "Forbidden: bot was blocked by the user");
    const text = String(p.text ?? "");
    if (!text.trim()) return fail(400, "Bad Request: message text is empty");
    if (text.length > 4096) return fail(400, "Bad Request: message is too long");
    const markup = p.reply_markup as Keyboard | undefined;
    if (markup && !validKeyboard(markup)) return fail(400, "Bad Request: BUTTON_DATA_INVALID");
    const message: FakeMessage = {
      message_id: this.nextMessage++,
      date: Math.floor(Date.now() / 1000),
      chat,
      from: this.me,
      text,
      ...(markup ? { reply_markup: markup } : {}),
    };
    this.messages.set(message.message_id, message);
    return done(message);
  }

  /**
   * A document or photo uploaded as multipart/form-data (see paramsOf); caption ≤ 1024. A
   * photo must be an image Telegram can read: a PNG or JPEG.
   */
  private sendDocument(p: Params, kind: "document" | "photo"): ApiResult {
    const chatId = Number(p.chat_id);
    const chat = this.chats.get(chatId);
    if (!chat) return fail(400, "Bad Request: chat not found");
    if (this.blocked.has(chatId)) return fail(403, "Forbidden: bot was blocked by the user");
    const file = p[kind] as UploadedFile | undefined;
    if (!file?.bytes?.length) return fail(400, "Bad Request: file must be non-empty");
    if (kind === "photo" && !isImage(file.bytes))
      return fail(400, "Bad Request: IMAGE_PROCESS_FAILED");
    const caption = p.caption === undefined ? undefined : String(p.caption);
    if (caption && caption.length > 1024)
      return fail(400, "Bad Request: message caption is too long");
    const message: FakeMessage = {
      message_id: this.nextMessage++,
      date: Math.floor(Date.now() / 1000),
      chat,
      from: this.me,
      [kind]: { file_name: file.filename, bytes: file.bytes },
      ...(caption ? { caption } : {}),
    };
    this.messages.set(message.message_id, message);
    return done(message);
  }

  private edit(method: string, p: Params): ApiResult {
    const message = this.messages.get(Number(p.message_id));
    if (!message || message.chat.id !== Number(p.chat_id) || message.from !== this.me) {
      return fail(400, "Bad Request: message to edit not found");
    }
    const markup = p.reply_markup as Keyboard | undefined;
    const text = method === "editMessageText" ? String(p.text ?? "") : message.text;
    const sameMarkup =
      JSON.stringify(markup?.inline_keyboard ?? []) ===
      JSON.stringify(message.reply_markup?.inline_keyboard ?? []);
    if (text === message.text && sameMarkup) {
      return fail(400, "Bad Request: message is not modified");
    }
    if (markup && !validKeyboard(markup)) return fail(400, "Bad Request: BUTTON_DATA_INVALID");
    message.text = text ?? "";
    if (markup) message.reply_markup = markup;
    else delete message.reply_markup;
    return done(message);
  }

  private setMyCommands(p: Params): ApiResult {
    const list = p.commands as { command: string; description: string }[];
    const bad = list.some(
      (c) => !/^[a-z0-9_]{1,32}$/.test(c.command) || !c.description || c.description.length > 256,
    );
    if (bad || list.length > 100) return fail(400, "Bad Request: BOT_COMMAND_INVALID");
    this.commands.set(commandsKey(p), list);
    return done(true);
  }
}

/**
 * Where a command list is kept: the language code for the default scope (`""`, `"en"`), else
 * the scope and the language, as `chat:42|en` or `all_group_chats|` (Bot API BotCommandScope).
 */
function commandsKey(p: Params): string {
  const lang = String(p.language_code ?? "");
  const scope = p.scope as { type: string; chat_id?: number | string } | undefined;
  if (!scope || scope.type === "default") return lang;
  const where = scope.chat_id === undefined ? scope.type : `${scope.type}:${scope.chat_id}`;
  return `${where}|${lang}`;
}

function validKeyboard(markup: Keyboard): boolean {
  return markup.inline_keyboard
    .flat()
    .every((b) => b.text && Buffer.byteLength(b.callback_data, "utf8") <= 64 && b.callback_data);
}

/** PNG or JPEG bytes, by their signature. */
function isImage(bytes: Buffer): boolean {
  const png = [0x89, 0x50, 0x4e, 0x47];
  return png.every((b, i) => bytes[i] === b) || (bytes[0] === 0xff && bytes[1] === 0xd8);
}
