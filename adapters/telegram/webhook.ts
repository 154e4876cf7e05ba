import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Telegraf } from "telegraf";
import type { Logger } from "../../src/logger.ts";
import { ALLOWED_UPDATES } from "./inbound.ts";
import type { Transport } from "./polling.ts";
import { withRetry } from "./retry.ts";
import { answerHealth, readLimitedBody } from "./webhook-request.ts";
import type { HealthProbe } from "./webhook-request.ts";

export interface WebhookOptions {
  /** The public HTTPS address Telegram posts to; its path is the one served. */
  url: string;
  /** Telegram sends it as X-Telegram-Bot-Api-Secret-Token; other requests get 403. */
  secret: string;
  port: number;
  /** The address to listen on; default 127.0.0.1 (the reverse proxy in front ends TLS). */
  host?: string;
  /** Answers GET /healthz (no secret needed); without it that path is refused like any other. */
  health?: HealthProbe;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * GET /healthz answers the health probe; any other request has its body read (at most
 * MAX_UPDATE_BYTES, else 413 before parsing) and goes to telegraf's callback as `req.body`.
 */
function requestHandler(callback: Handler, health: HealthProbe | undefined): Handler {
  return async (req, res) => {
    if (health && req.method === "GET" && req.url?.split("?")[0] === "/healthz") {
      return answerHealth(res, health);
    }
    const body = await readLimitedBody(req, res);
    if (body === undefined) return;
    Object.assign(req, { body });
    await callback(req, res);
  };
}

/**
 * Serves the webhook on a plain node:http server on `host` (default loopback: TLS ends at the
 * reverse proxy) and registers it with setWebhook and the secret token. A body over 1 MiB gets
 * 413 unread; a request on another path, not a POST, or without the right secret is answered
 * 403 and handled not at all (telegraf's webhook filter compares the secret in constant time);
 * GET /healthz reports health when `health` is given. Stopping closes the server; the webhook stays registered, so
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
  const handle = requestHandler(callback, hook.health);
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log.error({ err }, "telegram webhook request failed");
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(hook.port, hook.host ?? "127.0.0.1", () => resolve());
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
