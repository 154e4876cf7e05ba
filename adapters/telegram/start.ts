import { Telegraf } from "telegraf";
import type { Telegram } from "telegraf";
import type { Db } from "../../src/db/client.ts";
import { markUpdateProcessed, pruneProcessedUpdates } from "../../src/db/processed-update-repo.ts";
import type { Bot } from "../../src/dialogs/bot.ts";
import type { Locale } from "../../src/locale.ts";
import type { Logger } from "../../src/logger.ts";
import { publishCommands } from "./commands.ts";
import { describeFailure } from "./errors.ts";
import { answerUpdate } from "./handle-update.ts";
import type { UpdateDeps } from "./handle-update.ts";
import { toIncoming } from "./inbound.ts";
import { startPolling } from "./polling.ts";
import type { Transport } from "./polling.ts";
import { withRetry } from "./retry.ts";
import type { RetryOptions } from "./retry.ts";
import { UpdateQueue } from "./update-queue.ts";
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
  db: Db;
  log: Logger;
  /** The username `/cmd@name` is addressed to; default: getMe's. */
  botName?: string;
  /** The language of the apology when the Bot failed; default zh-CN. */
  locale?: Locale;
  retry?: RetryOptions;
  now?: () => Date;
}

export interface TelegramHandle {
  botName: string;
  /** The webhook server's port (webhook mode). */
  port?: number;
  /** The Bot API client, for createTelegramSender. */
  telegram: Telegram;
  /** Settles when updates stop coming in: stopped, or polling failed (bad token, conflict). */
  done: Promise<void>;
  /** Resolves once no update is queued or being answered. */
  idle(): Promise<void>;
  /** Stops taking updates, waits for the ones in hand, stops pruning. */
  stop(): Promise<void>;
}

/** Platforms redeliver only recent updates; older claims are pruned. */
const KEEP_CLAIMS_MS = 48 * 3_600_000;
const PRUNE_EVERY_MS = 6 * 3_600_000;

/** Prunes old claims now and every few hours; returns how to stop. */
async function startPruning(db: Db, now: () => Date, log: Logger): Promise<() => void> {
  const prune = () =>
    pruneProcessedUpdates(db, new Date(now().getTime() - KEEP_CLAIMS_MS)).catch((err: unknown) =>
      log.warn({ err }, "pruning processed updates failed"),
    );
  await prune();
  const timer = setInterval(() => void prune(), PRUNE_EVERY_MS).unref();
  return () => clearInterval(timer);
}

/** The queue that claims each update (per bot: update ids are per bot) and answers it. */
function updateQueue(opts: StartTelegramOptions, deps: UpdateDeps, botId: number): UpdateQueue {
  const now = opts.now ?? (() => new Date());
  return new UpdateQueue({
    claim: (updateId) => markUpdateProcessed(opts.db, "telegram", `${botId}:${updateId}`, now()),
    work: (incoming) => answerUpdate(deps, incoming),
    onError: (err, incoming) =>
      opts.log.error({ err, updateId: incoming.updateId }, "telegram update not handled"),
  });
}

/**
 * Serves the bot on Telegram: reads who the bot is (getMe), publishes the command menu, then
 * takes updates in by long polling or, with `webhook`, on an HTTP server. Each update is
 * handled once (claimed in ProcessedUpdate first), in order within its chat, concurrently
 * across chats; the transport never waits for a handler.
 */
export async function startTelegram(opts: StartTelegramOptions): Promise<TelegramHandle> {
  const { log } = opts;
  const apiRoot = opts.apiRoot ? { telegram: { apiRoot: opts.apiRoot } } : {};
  const telegraf = new Telegraf(opts.token, apiRoot);
  const me = await withRetry(() => telegraf.telegram.getMe(), opts.retry);
  telegraf.botInfo = me;
  const botName = opts.botName ?? me.username;
  await publishCommands(telegraf.telegram).catch((e: unknown) =>
    log.warn({ reason: describeFailure(e) }, "telegram command menu not published"),
  );
  const deps: UpdateDeps = {
    bot: typeof opts.bot === "function" ? opts.bot(botName) : opts.bot,
    telegram: telegraf.telegram,
    log,
    locale: opts.locale ?? "zh-CN",
    ...(opts.retry ? { retry: opts.retry } : {}),
  };
  const queue = updateQueue(opts, deps, me.id);
  const identity = { id: me.id, username: botName };
  telegraf.use((ctx) => {
    const incoming = toIncoming(ctx.update, identity);
    if (incoming) queue.accept(incoming);
  });
  telegraf.catch((err) => log.error({ err }, "telegram middleware failed"));
  const stopPruning = await startPruning(opts.db, opts.now ?? (() => new Date()), log);
  let transport: Transport;
  try {
    transport = opts.webhook
      ? await startWebhook(telegraf, opts.webhook, log)
      : startPolling(telegraf, log);
  } catch (e) {
    stopPruning();
    throw e;
  }
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      stopPruning();
      await transport.stop();
      await queue.close();
    })());
  return {
    botName,
    ...(transport.port === undefined ? {} : { port: transport.port }),
    telegram: telegraf.telegram,
    done: transport.done,
    idle: () => queue.idle(),
    stop,
  };
}
