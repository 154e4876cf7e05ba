import type { IncomingMessage, ServerResponse } from "node:http";
import type { HealthReport } from "../../src/health/health-report.ts";

/** Telegram's updates are a few kilobytes; anything past this is refused unread (413). */
export const MAX_UPDATE_BYTES = 1024 * 1024;

/** Reports the bot's health for GET /healthz. */
export type HealthProbe = () => Promise<HealthReport>;

function refuseTooLarge(res: ServerResponse): undefined {
  if (!res.headersSent) res.writeHead(413, { connection: "close" });
  res.end();
  return undefined;
}

/**
 * Reads a request's body into one buffer, at most `limit` bytes. A larger declared length is
 * refused before reading; a body that grows past the limit stops being read. Either way the
 * request is answered 413 (the connection then closes) and undefined is returned. Decoding
 * the whole buffer at once keeps a character split between two chunks whole.
 */
export async function readLimitedBody(
  req: IncomingMessage,
  res: ServerResponse,
  limit = MAX_UPDATE_BYTES,
): Promise<Buffer | undefined> {
  if (Number(req.headers["content-length"] ?? 0) > limit) return refuseTooLarge(res);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return refuseTooLarge(res);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Answers GET /healthz: 200 with the report, 503 when it says "down" or cannot be made. */
export async function answerHealth(res: ServerResponse, probe: HealthProbe): Promise<void> {
  let report: HealthReport | { status: "down"; error: string };
  try {
    report = await probe();
  } catch {
    report = { status: "down", error: "health check failed" };
  }
  const body = JSON.stringify(report);
  res.writeHead(report.status === "ok" ? 200 : 503, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
  });
  res.end(body);
}
