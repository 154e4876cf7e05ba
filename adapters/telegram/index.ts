import { randomBytes } from "node:crypto";
import type { Config } from "../../src/config.ts";
import type { Bot } from "../../src/dialogs/bot.ts";
import type { Db } from "../../src/db/client.ts";
import type { Logger } from "../../src/logger.ts";
import { startTelegram } from "./start.ts";
import type { StartTelegramOptions } from "./start.ts";

export { decodeCallbackData, encodeCallbackData } from "./callback-data.ts";
export { createTelegramSender } from "./sender.ts";
export type { SendResult, TelegramSender } from "./sender.ts";
export { startTelegram } from "./start.ts";
export type { StartTelegramOptions, TelegramHandle } from "./start.ts";

/** The Telegram options of the configuration; a webhook without a secret gets a random one. */
export function telegramOptions(
  config: Config,
  base: Pick<StartTelegramOptions, "bot" | "db" | "log">,
): StartTelegramOptions {
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) throw new Error("TELEGRAM_BOT_TOKEN is not set");
  const url = config.TELEGRAM_WEBHOOK_URL;
  const secret = config.TELEGRAM_WEBHOOK_SECRET ?? randomBytes(32).toString("base64url");
  return {
    ...base,
    token,
    locale: config.DEFAULT_LOCALE,
    ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
    ...(url ? { webhook: { url, secret, port: config.PORT } } : {}),
  };
}

/**
 * Serves the bot on Telegram until SIGINT/SIGTERM (then finishes the updates in hand) or until
 * polling fails for good (a revoked token, another instance polling). Resolves with the exit
 * code.
 */
export async function serveTelegram(
  config: Config,
  deps: { db: Db; log: Logger; bot: (botName: string) => Bot },
): Promise<0 | 1> {
  const handle = await startTelegram(telegramOptions(config, deps));
  const mode = config.TELEGRAM_WEBHOOK_URL ? "webhook" : "polling";
  deps.log.info({ bot: handle.botName, mode }, "telegram started");
  let stopping = false;
  const stop = () => {
    stopping = true;
    void handle.stop();
  };
  process.once("SIGINT", stop).once("SIGTERM", stop);
  await handle.done;
  await handle.stop();
  process.off("SIGINT", stop).off("SIGTERM", stop);
  deps.log.info("telegram stopped");
  return stopping ? 0 : 1;
}
