import { demoPlatform } from "../../../src/demo/members.ts";
import type { Bot } from "../../../src/dialogs/bot.ts";
import type { Inbound, Reply } from "../../../src/messages.ts";

export interface Where {
  userId: string;
  /** A group chat id; a private chat (chatId = userId) without it. */
  groupId?: string;
  mentioned?: boolean;
}

/**
 * One member talking to the bot on the console platform: `say` types text, `press` presses a
 * button of the latest menu by id or label (as Telegram would send it).
 */
export function talk(bot: Bot, where: Where) {
  let menu: Reply | undefined;
  const base = (): Inbound => ({
    platform: demoPlatform,
    chatId: where.groupId ?? where.userId,
    userId: where.userId,
    isGroup: where.groupId !== undefined,
    ...(where.groupId !== undefined ? { mentioned: where.mentioned ?? false } : {}),
  });
  const send = async (inbound: Inbound) => {
    const replies = await bot.handle(inbound);
    const last = replies.at(-1);
    if (last?.choices) menu = last;
    return replies;
  };
  return {
    say: (text: string) => send({ ...base(), text }),
    async press(choice: string | RegExp): Promise<Reply[]> {
      const found = menu?.choices?.find((c) =>
        typeof choice === "string" ? c.id === choice : choice.test(c.label),
      );
      if (!menu?.menuId || !found) {
        throw new Error(`no button ${String(choice)} in ${JSON.stringify(menu?.choices)}`);
      }
      return send({ ...base(), choice: { menuId: menu.menuId, id: found.id } });
    },
  };
}

/** The texts of some replies, one per line. */
export const textOf = (replies: Reply[]): string => replies.map((r) => r.text).join("\n");
