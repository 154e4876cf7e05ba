import type { Telegram } from "telegraf";
import type { Bot } from "../../src/dialogs/bot.ts";
import { locales, t } from "../../src/dialogs/texts/index.ts";
import type { Locale } from "../../src/dialogs/texts/index.ts";
import type { Reply } from "../../src/dialogs/types.ts";
import type { Logger } from "../../src/logger.ts";
import { describeFailure } from "./errors.ts";
import type { Incoming } from "./inbound.ts";
import { withRetry } from "./retry.ts";
import type { RetryOptions } from "./retry.ts";
import { sendReplies } from "./send.ts";

export interface UpdateDeps {
  bot: Bot;
  telegram: Telegram;
  log: Logger;
  /** The language of the apology when the Bot itself failed. */
  locale: Locale;
  retry?: RetryOptions;
}

/**
 * Answers one update: the Bot's replies go to the chat; a press is always answered
 * (answerCallbackQuery), with "this menu has expired" as a toast when it did nothing, and its
 * keyboard removed so it cannot be pressed twice. A failing Bot is logged and answered with
 * the apology; a failing send is logged. Never throws, so the next update goes on.
 */
export async function answerUpdate(deps: UpdateDeps, incoming: Incoming): Promise<void> {
  const replies = await repliesFor(deps, incoming);
  const shown = incoming.press ? await settlePress(deps, incoming, replies) : replies;
  try {
    await sendReplies(deps.telegram, incoming.inbound.chatId, shown, deps.retry);
  } catch (e) {
    const reason = describeFailure(e);
    deps.log.warn({ updateId: incoming.updateId, reason }, "telegram reply not delivered");
  }
}

async function repliesFor(deps: UpdateDeps, incoming: Incoming): Promise<Reply[]> {
  try {
    return await deps.bot.handle(incoming.inbound);
  } catch (err) {
    deps.log.error({ err, updateId: incoming.updateId }, "telegram update failed");
    return [{ text: t(deps.locale, "apology") }];
  }
}

/** True when the replies are only "this menu has expired": the press did nothing. */
function onlyExpired(replies: readonly Reply[]): boolean {
  const [only, ...rest] = replies;
  if (!only || rest.length > 0 || only.choices?.length) return false;
  return locales.some((l) => t(l, "menu_expired") === only.text);
}

async function settlePress(deps: UpdateDeps, incoming: Incoming, replies: Reply[]) {
  const press = incoming.press;
  if (!press) return replies;
  const expired = onlyExpired(replies);
  const toast = expired ? replies[0]?.text : undefined;
  await quietly(deps, "answerCallbackQuery", () =>
    withRetry(() => deps.telegram.answerCbQuery(press.queryId, toast), deps.retry),
  );
  // In a group an expired press may be someone else's live menu: leave that keyboard alone.
  const pressed = press.message;
  if (pressed && (!expired || !incoming.inbound.isGroup)) {
    await quietly(deps, "editMessageReplyMarkup", () =>
      withRetry(
        () =>
          deps.telegram.editMessageReplyMarkup(
            pressed.chatId,
            pressed.messageId,
            undefined,
            undefined,
          ),
        deps.retry,
      ),
    );
  }
  return expired ? [] : replies;
}

/** A call whose failure (a stale query, a message already without keyboard) changes nothing. */
async function quietly(deps: UpdateDeps, method: string, call: () => Promise<unknown>) {
  try {
    await call();
  } catch (e) {
    deps.log.debug({ method, reason: describeFailure(e) }, "telegram call failed");
  }
}
