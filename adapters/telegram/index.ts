import { randomBytes } from "node:crypto";
import type { Config } from "../../src/config.ts";
import type { StartTelegramOptions } from "./start.ts";
import type { HealthProbe } from "./webhook-request.ts";

export { decodeCallbackData, encodeCallbackData } from "./callback-data.ts";
export { createTelegramSender } from "./sender.ts";
export { startTelegram } from "./start.ts";
export type { StartTelegramOptions, TelegramHandle } from "./start.ts";
export type { HealthProbe } from "./webhook-request.ts";

/**
 * The Telegram options of the configuration; a webhook without a secret gets a random one, and
 * listens on HOST:PORT with GET /healthz answered by `health`.
 */
export function telegramOptions(
  config: Config,
  {
    health,
    ...base
  }: Pick<StartTelegramOptions, "bot" | "gate" | "log" | "onRolesChanged"> & {
    health?: HealthProbe;
  },
): StartTelegramOptions {
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) throw new Error("TELEGRAM_BOT_TOKEN is not set");
  const url = config.TELEGRAM_WEBHOOK_URL;
  const secret = config.TELEGRAM_WEBHOOK_SECRET ?? randomBytes(32).toString("base64url");
  const listen = { port: config.PORT, host: config.HOST, ...(health ? { health } : {}) };
  return {
    ...base,
    token,
    ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
    ...(url ? { webhook: { url, secret, ...listen } } : {}),
  };
}
