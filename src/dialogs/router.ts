import { commands, wordsOf } from "./commands.ts";
import type { Command, Intent } from "./commands.ts";

export type { Intent } from "./commands.ts";

export interface Route {
  intent: Intent;
  /** The rest of the message after the command word, trimmed. */
  args: string;
  /**
   * The message is unmistakably a command: a slash command, or a command word standing alone
   * or followed by a space ("续借", "搜索 西游记"). Such a message interrupts a waiting dialog;
   * "搜索西游记"-style prefixes and plain text do not (they may be an answer to a question).
   */
  exact: boolean;
}

/** Every command word, longest first so 绑定班级 wins over 绑定 and 取消预约 over 取消. */
const table: [string, Command][] = commands
  .flatMap((c: Command) => wordsOf(c).map((w) => [w, c] as [string, Command]))
  .sort((a, b) => b[0].length - a[0].length);

/**
 * Reads a message as a command. `/cmd@BotName args` (Telegram groups) is accepted;
 * `/start CODE` binds; anything that is no command is a search for its text.
 * Returns null for a message with nothing to act on (blank, control characters only, or a
 * command addressed to another bot).
 */
export function route(text: string, botName?: string): Route | null {
  const clean = text.replace(/[\p{Cc}\p{Cf}]+/gu, " ").trim();
  if (!clean) return null;
  const [head = "", ...restParts] = clean.split(/\s+/);
  const command = stripBotName(head.toLowerCase(), botName);
  if (command === null) return null;
  const rest = restParts.join(" ");
  for (const [word, c] of table) {
    const intent = c.intent as Intent;
    if (command === word) return startWithCode(intent, rest);
    if (c.runsOn === true && /\p{Script=Han}/u.test(word)) {
      if (command.startsWith(word) && command.length > word.length) {
        const args = [command.slice(word.length), rest].filter(Boolean).join(" ");
        return { intent, args, exact: false };
      }
    }
  }
  if (command.startsWith("/")) return { intent: "help", args: "", exact: true };
  return { intent: "search", args: clean, exact: false };
}

/** `/cmd@OurBot` → `/cmd`; `/cmd@OtherBot` → null (not addressed to us). */
function stripBotName(head: string, botName?: string): string | null {
  const at = head.indexOf("@");
  if (!head.startsWith("/") || at < 0) return head;
  const target = head.slice(at + 1);
  return !botName || target === botName.toLowerCase() ? head.slice(0, at) : null;
}

function startWithCode(intent: Intent, rest: string): Route {
  if (intent === "help" && rest) return { intent: "bind", args: rest, exact: true };
  return { intent, args: rest, exact: true };
}
