import type { Actor } from "../core/actor.ts";
import type { TextKey } from "./texts/index.ts";
import type { telegramZh } from "./texts/telegram-zh.ts";

/**
 * Who a command is for. `guest` is anyone in a private chat, bound or not; `reader` an account
 * bound to a pupil (a parent, the pupil) or a teacher; the staff roles come from bindings.
 */
export type Role = "guest" | "reader" | "teacher" | "helper" | "librarian";

/** The staff roles: their commands appear only in the chats of bound staff. */
export const staffRoles: readonly Role[] = ["teacher", "helper", "librarian"];

type HelpLine = Extract<TextKey, `help_cmd_${string}`>;
type MenuKey = keyof typeof telegramZh;

/** One chat command: everything the router, 帮助, the Telegram menus and the fuzz lists read. */
export interface Command {
  /** The intent, the dialog it opens (same name) and the Telegram command (`/intent`). */
  readonly intent: string;
  /** Chinese words, then English words (matched case-insensitively); `/intent` always works. */
  readonly zh: readonly string[];
  readonly en: readonly string[];
  /**
   * The word may run straight into more text ("搜索西游记", "续借西游记", "逾期3-2"). Any other
   * command word with text run on is a search: "我的妈妈", "新书推荐", "还珠格格" are books.
   */
  readonly runsOn?: boolean;
  /** Who sees it in their Telegram menu. */
  readonly roles: readonly Role[];
  /** Listed in the menu of group chats too. */
  readonly group?: boolean;
  /** The line 帮助 shows, by role; the most senior role an account has picks the line. */
  readonly help: Partial<Record<Role, HelpLine>>;
  /** The Telegram menu description. */
  readonly menu: MenuKey;
}

const reader = ["reader"] as const;
const librarian = ["librarian"] as const;

/** Every chat command, in the order of 帮助 and of the Telegram menu. */
// prettier-ignore
export const commands = [
  { intent: "help", zh: ["帮助", "菜单"], en: ["help", "menu", "/start"], roles: ["guest"], group: true, help: {}, menu: "telegram_cmd_help" },
  { intent: "search", zh: ["搜索", "查找"], en: ["search"], runsOn: true, roles: ["guest"], group: true, help: { reader: "help_cmd_search", librarian: "help_cmd_search" }, menu: "telegram_cmd_search" },
  { intent: "mine", zh: ["我的"], en: ["mine"], roles: reader, help: { reader: "help_cmd_mine" }, menu: "telegram_cmd_mine" },
  { intent: "renew", zh: ["续借"], en: ["renew"], runsOn: true, roles: reader, help: { reader: "help_cmd_renew" }, menu: "telegram_cmd_renew" },
  { intent: "reserve", zh: ["预约"], en: ["reserve"], runsOn: true, roles: reader, help: { reader: "help_cmd_reserve" }, menu: "telegram_cmd_reserve" },
  { intent: "unreserve", zh: ["取消预约"], en: ["unreserve"], runsOn: true, roles: reader, help: {}, menu: "telegram_cmd_unreserve" },
  { intent: "new", zh: ["新书"], en: ["new"], roles: ["guest"], group: true, help: { reader: "help_cmd_new", librarian: "help_cmd_new" }, menu: "telegram_cmd_new" },
  { intent: "overdue", zh: ["逾期"], en: ["overdue"], runsOn: true, roles: ["reader", "teacher"], help: { reader: "help_cmd_overdue", teacher: "help_cmd_overdue_class" }, menu: "telegram_cmd_overdue" },
  { intent: "rota", zh: ["排班"], en: ["rota"], runsOn: true, roles: ["reader", "teacher"], group: true, help: { reader: "help_cmd_rota" }, menu: "telegram_cmd_rota" },
  { intent: "export", zh: ["导出"], en: ["export"], runsOn: true, roles: ["teacher", "librarian"], help: { teacher: "help_cmd_export_class", librarian: "help_cmd_stats_export" }, menu: "telegram_cmd_export" },
  { intent: "stats", zh: ["统计"], en: ["stats"], roles: ["teacher", "librarian"], help: { teacher: "help_cmd_stats", librarian: "help_cmd_stats_export" }, menu: "telegram_cmd_stats" },
  { intent: "link", zh: ["绑定班级"], en: ["link"], runsOn: true, roles: ["teacher"], group: true, help: { teacher: "help_cmd_link" }, menu: "telegram_cmd_link" },
  { intent: "duty", zh: ["值日"], en: ["duty"], roles: ["helper", "librarian"], help: { helper: "help_cmd_duty", librarian: "help_cmd_helper" }, menu: "telegram_cmd_duty" },
  { intent: "checkout", zh: ["借"], en: ["checkout"], roles: ["helper", "librarian"], help: { helper: "help_cmd_desk_duty", librarian: "help_cmd_desk" }, menu: "telegram_cmd_checkout" },
  { intent: "return", zh: ["还"], en: ["return"], roles: ["helper", "librarian"], help: { helper: "help_cmd_desk_duty", librarian: "help_cmd_desk" }, menu: "telegram_cmd_return" },
  { intent: "lost", zh: ["丢失"], en: ["lost"], roles: librarian, help: { librarian: "help_cmd_charges" }, menu: "telegram_cmd_lost" },
  { intent: "damaged", zh: ["损坏"], en: ["damaged"], roles: librarian, help: { librarian: "help_cmd_charges" }, menu: "telegram_cmd_damaged" },
  { intent: "charges", zh: ["赔偿"], en: ["charges"], roles: librarian, help: { librarian: "help_cmd_charges" }, menu: "telegram_cmd_charges" },
  { intent: "helper", zh: ["小管"], en: ["helper"], roles: librarian, help: { librarian: "help_cmd_helper" }, menu: "telegram_cmd_helper" },
  { intent: "unhelper", zh: ["取消小管"], en: ["unhelper"], roles: librarian, help: { librarian: "help_cmd_helper" }, menu: "telegram_cmd_unhelper" },
  { intent: "broadcast", zh: ["广播"], en: ["broadcast"], roles: librarian, help: { librarian: "help_cmd_broadcast" }, menu: "telegram_cmd_broadcast" },
  { intent: "activity", zh: ["活动"], en: ["activity"], roles: librarian, help: { librarian: "help_cmd_broadcast" }, menu: "telegram_cmd_activity" },
  { intent: "settings", zh: ["设置"], en: ["settings"], roles: ["guest"], help: { guest: "help_cmd_settings" }, menu: "telegram_cmd_settings" },
  { intent: "suggest", zh: ["建议"], en: ["suggest"], runsOn: true, roles: ["guest"], help: { reader: "help_cmd_suggest", teacher: "help_cmd_suggest", helper: "help_cmd_suggest", librarian: "help_cmd_suggestions" }, menu: "telegram_cmd_suggest" },
  { intent: "purchase", zh: ["荐购"], en: ["purchase"], runsOn: true, roles: ["guest"], help: {}, menu: "telegram_cmd_purchase" },
  { intent: "answer", zh: ["答复"], en: ["answer"], roles: librarian, help: { librarian: "help_cmd_suggestions" }, menu: "telegram_cmd_answer" },
  { intent: "lostcard", zh: ["挂失"], en: ["lostcard"], roles: reader, help: {}, menu: "telegram_cmd_lostcard" },
  { intent: "reissue", zh: ["补证"], en: ["reissue"], roles: librarian, help: { librarian: "help_cmd_cards" }, menu: "telegram_cmd_reissue" },
  { intent: "confiscate", zh: ["收证"], en: ["confiscate"], roles: librarian, help: { librarian: "help_cmd_cards" }, menu: "telegram_cmd_confiscate" },
  { intent: "returncard", zh: ["还证"], en: ["returncard"], roles: librarian, help: { librarian: "help_cmd_cards" }, menu: "telegram_cmd_returncard" },
  { intent: "issuecards", zh: ["发证"], en: ["issuecards"], roles: librarian, help: { librarian: "help_cmd_cards" }, menu: "telegram_cmd_issuecards" },
  { intent: "clearance", zh: ["清还", "离校清还"], en: ["clearance"], roles: librarian, help: { librarian: "help_cmd_cards" }, menu: "telegram_cmd_clearance" },
  { intent: "corner", zh: ["图书角", "集体借阅"], en: ["corner"], roles: ["teacher", "helper", "librarian"], help: { teacher: "help_cmd_class", helper: "help_cmd_class", librarian: "help_cmd_class" }, menu: "telegram_cmd_corner" },
  { intent: "visit", zh: ["到馆"], en: ["visit"], roles: ["teacher", "helper", "librarian"], help: { teacher: "help_cmd_class", helper: "help_cmd_class", librarian: "help_cmd_class" }, menu: "telegram_cmd_visit" },
  { intent: "lesson", zh: ["阅览课"], en: ["lesson"], roles: ["teacher", "helper", "librarian"], help: { teacher: "help_cmd_class", helper: "help_cmd_class", librarian: "help_cmd_class" }, menu: "telegram_cmd_lesson" },
  { intent: "stocktake", zh: ["盘点"], en: ["stocktake"], roles: ["helper", "librarian"], help: { helper: "help_cmd_stock_duty", librarian: "help_cmd_stock" }, menu: "telegram_cmd_stocktake" },
  { intent: "repair", zh: ["待修"], en: ["repair"], roles: ["helper", "librarian"], help: {}, menu: "telegram_cmd_repair" },
  { intent: "repaired", zh: ["修好"], en: ["repaired"], roles: ["helper", "librarian"], help: {}, menu: "telegram_cmd_repaired" },
  { intent: "bind", zh: ["绑定"], en: ["bind"], runsOn: true, roles: ["guest"], help: {}, menu: "telegram_cmd_bind" },
  { intent: "cancel", zh: ["取消"], en: ["cancel"], roles: ["guest"], help: {}, menu: "telegram_cmd_cancel" },
] as const satisfies readonly Command[];

/** The intents of the conversation table (docs/users.md). */
export type Intent = (typeof commands)[number]["intent"];

/** Every word of a command: Chinese, English and `/intent`, lower-cased. */
export function wordsOf(c: Command): string[] {
  return [...c.zh, ...c.en, `/${c.intent}`].map((w) => w.toLowerCase());
}

/** The roles an actor has; every private chat has `guest`. */
export function rolesOf(actor: Actor): Role[] {
  const roles: Role[] = ["guest"];
  if (actor.patronIds.length > 0 || actor.classIds.length > 0) roles.push("reader");
  if (actor.classIds.length > 0) roles.push("teacher");
  if (actor.isStudentLibrarian) roles.push("helper");
  if (actor.isLibrarian) roles.push("librarian");
  return roles;
}

/** The commands an account with these roles sees in its menu, in table order. */
export function commandsFor(roles: readonly Role[]): Command[] {
  return commands.filter((c) => c.roles.some((r) => roles.includes(r)));
}

/** The commands of a group chat's menu. */
export function groupCommands(): Command[] {
  return commands.filter((c) => "group" in c && c.group === true);
}

/** The 帮助 lines for these roles, in table order, each once: the most senior role's line. */
export function helpLinesFor(roles: readonly Role[]): HelpLine[] {
  const seniorFirst = [...roles].reverse();
  const lines = commands.flatMap((c: Command) => {
    const role = seniorFirst.find((r) => c.help[r] !== undefined);
    return role ? [c.help[role] as HelpLine] : [];
  });
  return [...new Set(lines)];
}
