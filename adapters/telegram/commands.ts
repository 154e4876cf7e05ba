import type { Telegram } from "telegraf";
import type { Intent } from "../../src/dialogs/router.ts";
import { telegramEn } from "../../src/dialogs/texts/telegram-en.ts";
import { telegramZh } from "../../src/dialogs/texts/telegram-zh.ts";

type Descriptions = typeof telegramZh;

/** Every intent of the router has its command (`/help` …) in the menu, in this order. */
const commandKeys: Record<Intent, keyof Descriptions> = {
  help: "telegram_cmd_help",
  search: "telegram_cmd_search",
  mine: "telegram_cmd_mine",
  renew: "telegram_cmd_renew",
  reserve: "telegram_cmd_reserve",
  unreserve: "telegram_cmd_unreserve",
  new: "telegram_cmd_new",
  rota: "telegram_cmd_rota",
  settings: "telegram_cmd_settings",
  suggest: "telegram_cmd_suggest",
  purchase: "telegram_cmd_purchase",
  bind: "telegram_cmd_bind",
  cancel: "telegram_cmd_cancel",
  overdue: "telegram_cmd_overdue",
  duty: "telegram_cmd_duty",
  link: "telegram_cmd_link",
  checkout: "telegram_cmd_checkout",
  return: "telegram_cmd_return",
  lost: "telegram_cmd_lost",
  damaged: "telegram_cmd_damaged",
  charges: "telegram_cmd_charges",
  stats: "telegram_cmd_stats",
  helper: "telegram_cmd_helper",
  unhelper: "telegram_cmd_unhelper",
  broadcast: "telegram_cmd_broadcast",
  activity: "telegram_cmd_activity",
};

/** The command menu in one language: `/intent` and its short description. */
export function commandMenu(texts: Descriptions): { command: string; description: string }[] {
  return Object.entries(commandKeys).map(([command, key]) => ({
    command,
    description: texts[key],
  }));
}

/**
 * Publishes the command menu: Chinese for everyone (the default), English for users whose
 * Telegram is in English.
 */
export async function publishCommands(telegram: Telegram): Promise<void> {
  await telegram.setMyCommands(commandMenu(telegramZh));
  await telegram.setMyCommands(commandMenu(telegramEn), { language_code: "en" });
}
