import type { Telegram } from "telegraf";
import { classifyFailure } from "./errors.ts";
import { renderReply } from "./render.ts";
import type { SendOutcome, SendPort } from "../../src/outbox/ports.ts";
import type { OutgoingMessage } from "./render.ts";
import { withRetry } from "./retry.ts";
import type { RetryOptions } from "./retry.ts";
import { sendPart } from "./send.ts";

/**
 * Sends proactive messages (reminders, broadcasts). The first call is tried once, so a 429
 * becomes `retry_after` for the outbox to schedule; once a part is out, the remaining parts of
 * a long message are retried inline, so a retried row never repeats a part already sent. A
 * blocked bot (403) or an unknown chat (400) fails permanently. With `waitInline` (replies a
 * user is waiting for) the first part is retried inline too: a short 429 is waited out.
 */
export function createTelegramSender(
  telegram: Telegram,
  retry: RetryOptions = {},
  opts: { waitInline?: boolean } = {},
): SendPort {
  return {
    async send(chatId, reply) {
      let parts: OutgoingMessage[];
      try {
        parts = renderReply(reply);
      } catch (e) {
        return { status: "failed", permanent: true, reason: (e as Error).message };
      }
      for (const [i, part] of parts.entries()) {
        try {
          await (i === 0 && !opts.waitInline
            ? sendPart(telegram, chatId, part)
            : withRetry(() => sendPart(telegram, chatId, part), retry));
        } catch (e) {
          return resultOf(e, i);
        }
      }
      return { status: "sent" };
    },
  };
}

function resultOf(e: unknown, sentParts: number): SendOutcome {
  const failure = classifyFailure(e);
  if (failure.kind === "rate_limited" && sentParts === 0) {
    return { status: "retry_after", seconds: failure.seconds };
  }
  const reason = failure.kind === "rate_limited" ? "429: rate limited" : failure.reason;
  const permanent = failure.kind === "refused" && failure.permanent;
  const partly = sentParts > 0 ? ` (after ${sentParts} part(s) sent)` : "";
  return { status: "failed", permanent, reason: reason + partly };
}
