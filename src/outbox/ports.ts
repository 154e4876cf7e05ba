import type { Reply } from "../messages.ts";

/**
 * What one delivery attempt came to: sent; rate limited by the platform (try again after
 * `seconds`); or failed — `permanent` when trying again cannot help (the user blocked the bot,
 * the chat does not exist), else a transient failure (network, server error).
 */
export type SendOutcome =
  | { status: "sent" }
  | { status: "retry_after"; seconds: number }
  | { status: "failed"; permanent: boolean; reason: string };

/**
 * The outbound port of a platform adapter (Telegram: `createTelegramSender(telegram)`; WeChat
 * the same shape). The outbox sender calls it once per row; it must not retry a 429 itself.
 */
export interface SendPort {
  send(chatId: string, reply: Reply): Promise<SendOutcome>;
}
