import { randomBytes } from "node:crypto";
import type { Config } from "../../src/config.ts";
import type { StartTelegramOptions } from "./start.ts";

export { decodeCallbackData, encodeCallbackData } from "./callback-data.ts";
export { createTelegramSender } from "./sender.ts";
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
