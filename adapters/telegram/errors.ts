import { TelegramError } from "telegraf";

/** What a failed Bot API call means for whoever wants to try it again. */
export type CallFailure =
  | { kind: "rate_limited"; seconds: number }
  | { kind: "transient"; reason: string }
  | { kind: "refused"; permanent: boolean; reason: string };

const networkCodes = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ETIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "ENOTFOUND",
  "UND_ERR_SOCKET",
]);

/**
 * Classifies an error of a Bot API call: 429 carries `retry_after`; 5xx and network errors are
 * worth another try; 400/403 (chat not found, bot blocked or kicked, bad request) will fail the
 * same way again. Reasons hold Telegram's description, never the message text.
 */
export function classifyFailure(e: unknown): CallFailure {
  if (e instanceof TelegramError) {
    const reason = `${e.code}: ${e.description}`;
    if (e.code === 429) return { kind: "rate_limited", seconds: e.parameters?.retry_after ?? 5 };
    if (e.code >= 500) return { kind: "transient", reason };
    return { kind: "refused", permanent: e.code === 400 || e.code === 403, reason };
  }
  const err = e as { name?: unknown; code?: unknown; message?: unknown };
  if (err?.name === "FetchError" || networkCodes.has(String(err?.code))) {
    return { kind: "transient", reason: `network: ${String(err.code ?? err.message)}` };
  }
  return { kind: "refused", permanent: false, reason: String(err?.message ?? e) };
}

/** A short reason for logs and dead outbox rows: Telegram's code and description. */
export function describeFailure(e: unknown): string {
  const failure = classifyFailure(e);
  return failure.kind === "rate_limited" ? `429: retry after ${failure.seconds}s` : failure.reason;
}
