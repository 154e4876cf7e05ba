/** The intents of PRODUCT.md's conversation table. */
export type Intent =
  | "help"
  | "bind"
  | "search"
  | "mine"
  | "renew"
  | "reserve"
  | "unreserve"
  | "new"
  | "overdue"
  | "rota"
  | "duty"
  | "settings"
  | "suggest"
  | "purchase"
  | "cancel"
  | "checkout"
  | "return"
  | "lost"
  | "damaged"
  | "charges"
  | "stats"
  | "helper"
  | "unhelper"
  | "broadcast"
  | "activity"
  | "link";

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

const words: Record<Intent, string[]> = {
  help: ["帮助", "菜单", "/help", "/start", "help", "menu"],
  bind: ["绑定", "/bind", "bind"],
  search: ["搜索", "查找", "/search", "search"],
  mine: ["我的", "/mine", "mine"],
  renew: ["续借", "/renew", "renew"],
  reserve: ["预约", "/reserve", "reserve"],
  unreserve: ["取消预约", "/unreserve", "unreserve"],
  new: ["新书", "/new", "new"],
  overdue: ["逾期", "/overdue", "overdue"],
  rota: ["排班", "/rota", "rota"],
  duty: ["值日", "/duty", "duty"],
  settings: ["设置", "/settings", "settings"],
  suggest: ["建议", "/suggest", "suggest"],
  purchase: ["荐购", "/purchase", "purchase"],
  cancel: ["取消", "/cancel", "cancel"],
  checkout: ["借", "/checkout", "checkout"],
  return: ["还", "/return", "return"],
  lost: ["丢失", "/lost", "lost"],
  damaged: ["损坏", "/damaged", "damaged"],
  charges: ["赔偿", "/charges", "charges"],
  stats: ["统计", "/stats", "stats"],
  helper: ["小管", "/helper", "helper"],
  unhelper: ["取消小管", "/unhelper", "unhelper"],
  broadcast: ["广播", "/broadcast", "broadcast"],
  activity: ["活动", "/activity", "activity"],
  link: ["绑定班级", "/link", "link"],
};

/** Longest words first so 绑定班级 wins over 绑定. */
const table: [string, Intent][] = Object.entries(words)
  .flatMap(([intent, ws]) => ws.map((w) => [w.toLowerCase(), intent as Intent] as [string, Intent]))
  .sort((a, b) => b[0].length - a[0].length);

/**
 * Intents whose words may run straight into more text: their argument ("搜索西游记",
 * "预约西游记", "建议多买漫画") or a word a person adds ("续借西游记", "排班表", "逾期3-2").
 * Any other command word with text run on is a search: "我的妈妈", "新书推荐", "还珠格格",
 * "值日生", "广播体操" and "活动课" are books (the desk, 广播 and 活动 need a space).
 */
const runsOn = new Set<Intent>([
  "search",
  "reserve",
  "unreserve",
  "renew",
  "bind",
  "link",
  "suggest",
  "purchase",
  "overdue",
  "rota",
]);

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
  for (const [word, intent] of table) {
    if (command === word) return startWithCode(intent, rest);
    if (runsOn.has(intent) && /\p{Script=Han}/u.test(word)) {
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
