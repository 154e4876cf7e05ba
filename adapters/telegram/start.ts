import { Telegraf } from "telegraf";
import type { Telegram } from "telegraf";
import type { Bot } from "../../src/dialogs/bot.ts";
import type { InboundGate } from "../../src/gate/gate.ts";
import type { Logger } from "../../src/logger.ts";
import { menuOf, staffMenus } from "../../src/dialogs/menus.ts";
import { publishChatMenu, publishCommands } from "./commands.ts";
import { describeFailure } from "./errors.ts";
import { GroupMembersLookup } from "./group-members.ts";
import { toIncoming } from "./inbound.ts";
import { startPolling } from "./polling.ts";
import type { Transport } from "./polling.ts";
import { settlePress, visibleReplies } from "./press.ts";
import { withRetry } from "./retry.ts";
import type { RetryOptions } from "./retry.ts";
import { createTelegramSender } from "./sender.ts";
import { startWebhook } from "./webhook.ts";
import type { WebhookOptions } from "./webhook.ts";

export interface StartTelegramOptions {
  token: string;
  /** A local Bot API server (or a test double); default api.telegram.org. */
  apiRoot?: string;
  /** Webhook mode; long polling without it. */
  webhook?: WebhookOptions;
  /** The Bot, or how to make it once the bot's username is known from getMe. */
  bot: Bot | ((botName: string) => Bot);
  /** Where every update goes: stored, handled once in chat order, answered. */
  gate: InboundGate;
  log: Logger;
  /** Lets the adapter hear of accounts whose roles may have changed (to update their menu). */
  onRolesChanged?: (listener: (who: { platform: string; userId: string }) => Promise<void>) => void;
  /** The username `/cmd@name` is addressed to; default: getMe's. */
  botName?: string;
  retry?: RetryOptions;
}

export interface TelegramHandle {
  botName: string;
  /** The webhook server's port (webhook mode). */
  port?: number;
  /** The Bot API client, for createTelegramSender. */
  telegram: Telegram;
  /** Settles when updates stop coming in: stopped, or polling failed (bad token, conflict). */
  done: Promise<void>;
  /** Stops taking updates. */
  stop(): Promise<void>;
}

/** The gate's platform name; update ids are per bot, so they carry the bot's id. */
const PLATFORM = "telegram";

/**
 * Serves the bot on Telegram: reads who the bot is (getMe), publishes the command menus (each
 * staff account's in its own chat, updated when its roles change), tells
 * the gate how to answer Telegram messages, then takes updates in by long polling or, with
 * `webhook`, on an HTTP server. Each update is handed to the gate and confirmed to Telegram
 * (the next getUpdates offset, the webhook's 200) only once the gate has stored it.
 */
export async function startTelegram(opts: StartTelegramOptions): Promise<TelegramHandle> {
  const { log, gate } = opts;
  const apiRoot = opts.apiRoot ? { telegram: { apiRoot: opts.apiRoot } } : {};
  const telegraf = new Telegraf(opts.token, apiRoot);
  const me = await withRetry(() => telegraf.telegram.getMe(), opts.retry);
  telegraf.botInfo = me;
  const botName = opts.botName ?? me.username;
  const bot = typeof opts.bot === "function" ? opts.bot(botName) : opts.bot;
  const menus = async () => publishCommands(telegraf.telegram, await staffMenus(bot.lib, PLATFORM));
  await menus().catch((e: unknown) =>
    log.warn({ reason: describeFailure(e) }, "telegram command menu not published"),
  );
  opts.onRolesChanged?.(async (who) => {
    if (who.platform !== PLATFORM) return;
    await publishChatMenu(telegraf.telegram, await menuOf(bot.lib, who));
  });
  const pressDeps = {
    telegram: telegraf.telegram,
    log,
    ...(opts.retry ? { retry: opts.retry } : {}),
  };
  gate.register(PLATFORM, {
    handle: (inbound, scope) => bot.handle(inbound, scope),
    port: createTelegramSender(telegraf.telegram, opts.retry, { waitInline: true }),
    settle: (update, replies) => settlePress(pressDeps, update, replies),
    visible: visibleReplies,
  });
  const identity = { id: me.id, username: botName };
  const lookup = new GroupMembersLookup({
    telegram: telegraf.telegram,
    gate,
    lib: bot.lib,
    log,
    botId: me.id,
  });
  telegraf.use(async (ctx) => {
    const incoming = toIncoming(ctx.update, identity);
    if (!incoming) return;
    const { updateId, inbound, press } = incoming;
    await gate.accept({
      platform: PLATFORM,
      updateId: `${me.id}:${updateId}`,
      inbound,
      ...(press ? { extra: press } : {}),
    });
    if (inbound.isGroup && !inbound.members) void lookup.seen(inbound.chatId);
  });
  telegraf.catch((err) => log.error({ err }, "telegram update not taken in"));
  const transport: Transport = opts.webhook
    ? await startWebhook(telegraf, opts.webhook, log)
    : startPolling(telegraf, log);
  let stopping: Promise<void> | undefined;
  return {
    botName,
    ...(transport.port === undefined ? {} : { port: transport.port }),
    telegram: telegraf.telegram,
    done: transport.done,
    stop: () => (stopping ??= transport.stop()),
  };
}
