import type { Telegram } from "telegraf";
import type { StoredUpdate } from "../../src/gate/types.ts";
import type { Logger } from "../../src/logger.ts";
import type { Reply } from "../../src/messages.ts";
import { describeFailure } from "./errors.ts";
import type { Press } from "./inbound.ts";
import { withRetry } from "./retry.ts";
import type { RetryOptions } from "./retry.ts";

export interface PressDeps {
  telegram: Telegram;
  log: Logger;
  retry?: RetryOptions;
}

/** True when the replies are only "this menu has expired": the press did nothing. */
function onlyExpired(replies: readonly Reply[]): boolean {
  return replies.length === 1 && replies[0]?.expired === true;
}

function pressOf(update: StoredUpdate): Press | undefined {
  return update.extra as Press | undefined;
}

/** An expired press is answered by a toast only; everything else goes to the chat. */
export function visibleReplies(update: StoredUpdate, replies: Reply[]): Reply[] {
  return pressOf(update) && onlyExpired(replies) ? [] : replies;
}

/**
 * Settles a button press before its replies: the query is always answered (with "this menu has
 * expired" as a toast when the press did nothing) and the pressed keyboard removed so it cannot
 * be pressed twice — except an expired press in a group, which may be someone else's live menu.
 * Failures (a query too old, a message already without keyboard) change nothing and are logged.
 */
export async function settlePress(deps: PressDeps, update: StoredUpdate, replies: Reply[]) {
  const press = pressOf(update);
  if (!press) return;
  const expired = onlyExpired(replies);
  const toast = expired ? replies[0]?.text : undefined;
  await quietly(deps, "answerCallbackQuery", () =>
    deps.telegram.answerCbQuery(press.queryId, toast),
  );
  const pressed = press.message;
  if (pressed && (!expired || !update.inbound.isGroup)) {
    await quietly(deps, "editMessageReplyMarkup", () =>
      deps.telegram.editMessageReplyMarkup(pressed.chatId, pressed.messageId, undefined, undefined),
    );
  }
}

async function quietly(deps: PressDeps, method: string, call: () => Promise<unknown>) {
  try {
    await withRetry(call, deps.retry);
  } catch (e) {
    deps.log.debug({ method, reason: describeFailure(e) }, "telegram call failed");
  }
}
