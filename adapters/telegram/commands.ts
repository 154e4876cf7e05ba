import type { Telegram } from "telegraf";
import { commandsFor, groupCommands } from "../../src/dialogs/commands.ts";
import type { Command } from "../../src/dialogs/commands.ts";
import { hasStaffRole } from "../../src/dialogs/menus.ts";
import type { AccountMenu } from "../../src/dialogs/menus.ts";
import { telegramEn } from "../../src/dialogs/texts/telegram-en.ts";
import { telegramZh } from "../../src/dialogs/texts/telegram-zh.ts";
import type { Locale } from "../../src/locale.ts";

type Descriptions = typeof telegramZh;
type MenuItem = { command: string; description: string };
type Scope = { type: "default" } | { type: "all_group_chats" } | { type: "chat"; chat_id: string };

/** What parents, pupils and accounts not bound yet see in a private chat. */
const publicRoles = ["guest", "reader"] as const;

/** A command menu in one language: `/intent` and its short description (src/dialogs/commands.ts). */
export function commandMenu(
  texts: Descriptions,
  list: readonly Command[] = commandsFor(publicRoles),
): MenuItem[] {
  return list.map((c) => ({ command: c.intent, description: texts[c.menu] }));
}

/** Sets one scope's menu: Chinese as the default, English for English clients. */
async function setMenus(telegram: Telegram, scope: Scope, list: readonly Command[]) {
  await telegram.setMyCommands(commandMenu(telegramZh, list), { scope });
  await telegram.setMyCommands(commandMenu(telegramEn, list), { scope, language_code: "en" });
}

/**
 * Publishes the command menus: private chats list only the commands of parents, pupils and
 * accounts not bound yet; group chats list the group commands; each staff account in `staff`
 * gets its own menu in its chat (BotCommandScopeChat).
 */
export async function publishCommands(
  telegram: Telegram,
  staff: readonly AccountMenu[] = [],
): Promise<void> {
  await setMenus(telegram, { type: "default" }, commandsFor(publicRoles));
  await setMenus(telegram, { type: "all_group_chats" }, groupCommands());
  for (const menu of staff) await publishChatMenu(telegram, menu);
}

/**
 * Shows one account the menu of its roles, in its own chat: a staff account gets its staff
 * commands (in the language it picked, English clients aside); an account that holds no staff
 * role any more falls back to the public menu. A Telegram private chat's id is its user's id.
 */
export async function publishChatMenu(telegram: Telegram, menu: AccountMenu): Promise<void> {
  const scope: Scope = { type: "chat", chat_id: menu.userId };
  if (!hasStaffRole(menu.roles)) {
    await telegram.deleteMyCommands({ scope });
    await telegram.deleteMyCommands({ scope, language_code: "en" });
    return;
  }
  const list = commandsFor(menu.roles);
  const texts: Record<Locale, Descriptions> = { "zh-CN": telegramZh, en: telegramEn };
  await telegram.setMyCommands(commandMenu(texts[menu.locale ?? "zh-CN"], list), { scope });
  await telegram.setMyCommands(commandMenu(telegramEn, list), { scope, language_code: "en" });
}
