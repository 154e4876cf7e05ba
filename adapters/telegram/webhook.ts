import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Telegraf } from "telegraf";
import type { Logger } from "../../src/logger.ts";
import { ALLOWED_UPDATES } from "./inbound.ts";
import type { Transport } from "./polling.ts";
import { withRetry } from "./retry.ts";

export interface WebhookOptions {
  /** The public HTTPS address Telegram posts to; its path is the one served. */
  url: string;
  /** Telegram sends it as X-Telegram-Bot-Api-Secret-Token; other requests get 403. */
  secret: string;
  port: number;
  host?: string;
}

/**
 * Serves the webhook on a plain node:http server (TLS ends at the reverse proxy) and registers
 * it with setWebhook and the secret token. A request on another path, not a POST, or without
 * the right secret is answered 403 and handled not at all (telegraf's webhook filter compares
 * the secret in constant time). Stopping closes the server; the webhook stays registered, so
 * Telegram keeps updates until the bot is back.
 */
export async function startWebhook(
  telegraf: Telegraf,
  hook: WebhookOptions,
  log: Logger,
): Promise<Transport> {
  const callback = telegraf.webhookCallback(new URL(hook.url).pathname, {
    secretToken: hook.secret,
  });
  const server = createServer((req, res) => {
    callback(req, res).catch((err: unknown) => {
      log.error({ err }, "telegram webhook request failed");
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(hook.port, hook.host, () => resolve());
  });
  const done = new Promise<void>((resolve) => server.once("close", () => resolve()));
  try {
    await withRetry(() =>
      telegraf.telegram.setWebhook(hook.url, {
        secret_token: hook.secret,
        allowed_updates: [...ALLOWED_UPDATES],
      }),
    );
  } catch (e) {
    server.close();
    throw e;
  }
  return {
    port: (server.address() as AddressInfo).port,
    done,
    async stop() {
      server.close();
      server.closeIdleConnections();
      await done;
    },
  };
}
