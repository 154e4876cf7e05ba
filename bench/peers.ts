import {
  type Conversation,
  type ConversationFlavor,
  conversations,
  createConversation,
} from "@grammyjs/conversations";
import { Bot as GrammyBot, type Context as GrammyContext } from "grammy";
import { Scenes, session, Telegraf } from "telegraf";

/**
 * The peers of the dialog case: the same two-step renew dialog ("续借" → a menu of loans,
 * "1" → renewed) in grammY + @grammyjs/conversations and in telegraf's WizardScene, in memory
 * (sessions in the libraries' memory stores, no database, API calls answered in process).
 * `turn(chatId, text)` resolves once the update is handled.
 */
export interface Peer {
  turn(chat: number, text: string): Promise<void>;
  /** Messages sent so far: 2 per renewal (the menu, then "renewed"), proof the dialog ran. */
  sent(): number;
}

const me = {
  id: 1,
  is_bot: true as const,
  first_name: "bench",
  username: "bench_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
};

const loans = ["西游记", "草房子", "夏洛的网"];
const menu = loans.map((t, i) => `${i + 1}. ${t}`).join("\n");

let updateId = 0;
function update(chat: number, text: string) {
  const from = { id: chat, is_bot: false, first_name: "parent" };
  const message = {
    message_id: ++updateId,
    date: 1_780_000_000,
    chat: { id: chat, type: "private" as const, first_name: "parent" },
    from,
    text,
  };
  return { update_id: updateId, message };
}

let sends = 0;

/** A sent message as the Bot API would answer it, without a network. */
function sent(chat: number) {
  sends++;
  return { message_id: 1, date: 1_780_000_000, chat: { id: chat, type: "private" }, text: "" };
}

type GrammyCtx = ConversationFlavor<GrammyContext>;

/** grammY 1.x with @grammyjs/conversations 2.x: one conversation, entered by 续借. */
export function grammyPeer(): Peer {
  // The API answered in process at the fetch level, under the conversation's replay log (a
  // transformer on bot.api would not reach a conversation's own Api, made from these options).
  const fetch = (async (_url: unknown, init?: { body?: unknown }) => {
    const chat = Number((JSON.parse(String(init?.body ?? "{}")) as { chat_id?: number }).chat_id);
    return new Response(JSON.stringify({ ok: true, result: sent(chat) }));
  }) as unknown as typeof globalThis.fetch;
  const bot = new GrammyBot<GrammyCtx>("0:bench", { botInfo: me as never, client: { fetch } });
  async function renew(conversation: Conversation<GrammyCtx, GrammyContext>, ctx: GrammyContext) {
    await ctx.reply(`续借哪一本？\n${menu}`);
    const answer = await conversation.waitFor("message:text");
    const pick = loans[Number(answer.message.text) - 1];
    await answer.reply(pick ? `已续借《${pick}》` : "请回复编号");
  }
  bot.use(conversations());
  bot.use(createConversation(renew, "renew"));
  bot.hears("续借", (ctx) => ctx.conversation.enter("renew"));
  return { turn: (chat, text) => bot.handleUpdate(update(chat, text) as never), sent: () => sends };
}

/** telegraf 4.x: a WizardScene of two steps behind the in-memory session and a Stage. */
export function telegrafPeer(): Peer {
  type Ctx = Scenes.WizardContext;
  const bot = new Telegraf<Ctx>("0:bench");
  bot.botInfo = me as never;
  const offline = (async (_method: string, payload: { chat_id?: number }) =>
    sent(Number(payload.chat_id ?? 0))) as never;
  // handleUpdate makes a Telegram client per update: each gets the offline callApi.
  bot.use((ctx, next) => {
    ctx.telegram.callApi = offline;
    return next();
  });
  const scene = new Scenes.WizardScene<Ctx>(
    "renew",
    async (ctx) => {
      await ctx.reply(`续借哪一本？\n${menu}`);
      return ctx.wizard.next();
    },
    async (ctx) => {
      const text = ctx.message && "text" in ctx.message ? ctx.message.text : "";
      const pick = loans[Number(text) - 1];
      await ctx.reply(pick ? `已续借《${pick}》` : "请回复编号");
      return ctx.scene.leave();
    },
  );
  const stage = new Scenes.Stage<Ctx>([scene]);
  bot.use(session());
  bot.use(stage.middleware());
  bot.hears("续借", (ctx) => ctx.scene.enter("renew"));
  return { turn: (chat, text) => bot.handleUpdate(update(chat, text) as never), sent: () => sends };
}
