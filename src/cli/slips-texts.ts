import type { CodeKind } from "../core/bindings/codes.ts";
import type { Locale } from "../locale.ts";

/** The words of `shuxiang codes` and of the printed slips, one table per language. */
export interface SlipsTexts {
  needTarget: string;
  unknownCard: (card: string) => string;
  alreadyIssued: (who: string, live: number, again: string) => string;
  nobody: string;
  notLibrarian: string;
  written: (count: number, file: string) => string;
  htmlWritten: (count: number, file: string, perPage: number) => string;
  withQr: (bot: string) => string;
  withoutQr: string;
  getMeFailed: (reason: string) => string;
  badBotName: (name: string) => string;
  cannotWrite: (file: string, reason: string) => string;
  /** Printed slips. */
  pageTitle: (who: string) => string;
  heading: string;
  librarianSlip: string;
  className: string;
  cardNumber: string;
  nameLabel: string;
  codeLabel: Record<CodeKind, (maxUses: number) => string>;
  wechatHow: (code: string) => string;
  telegramHow: (bot: string, code: string) => string;
  anyHow: (code: string) => string;
  expires: (date: string) => string;
  classWho: (name: string) => string;
  cardWho: (card: string) => string;
  teachersWho: string;
  librarianWho: string;
}

const zh: SlipsTexts = {
  needTarget:
    "请写明为谁生成：一个班级（如 3-2），或 --teachers、--librarian、--card 借书证号 之一。",
  unknownCard: (card) => `没有借书证号为「${card}」的在校学生或教师。`,
  alreadyIssued: (who, live, again) =>
    `${who}已有 ${live} 个有效的绑定码，已打印的绑定条仍可使用，所以这次没有发放新码。` +
    `\n如要作废这些绑定码并重新发放，请加上 --reissue：${again}`,
  nobody: "没有可以发放绑定码的人，请先导入名单（shuxiang import roster 文件）",
  notLibrarian: "只有图书管理员可以发放绑定码",
  written: (count, file) => `已把 ${count} 张绑定条写入 ${file}`,
  htmlWritten: (count, file, perPage) =>
    `已把 ${count} 张绑定条写入 ${file}（A4，每页 ${perPage} 张，用浏览器打开后打印）`,
  withQr: (bot) => `二维码打开 Telegram 机器人 @${bot} 并直接绑定`,
  withoutQr: "没有配置 Telegram 机器人（TELEGRAM_BOT_TOKEN），绑定条上只有绑定方法，没有二维码",
  getMeFailed: (reason) =>
    `无法从 Telegram 查到机器人的用户名（${reason}）。没有发放任何绑定码。` +
    "\n请检查网络和 TELEGRAM_API_ROOT，或用 --bot 用户名 直接指定。",
  badBotName: (name) => `“${name}”不是 Telegram 用户名（5–32 个字母、数字或下划线）`,
  cannotWrite: (file, reason) => `无法写入 ${file}（${reason}），没有发放任何绑定码`,
  pageTitle: (who) => `书香绑定条：${who}`,
  heading: "书香 · 图书馆绑定条",
  librarianSlip: "图书管理员",
  className: "班级",
  cardNumber: "借书证号",
  nameLabel: "姓名",
  codeLabel: {
    parent: (n) => `家长码（可供 ${n} 位家长使用）`,
    pupil: () => "学生码",
    teacher: () => "教师码",
    librarian: () => "图书管理员码",
  },
  wechatHow: (code) => `微信：给学校图书馆的微信号发送“绑定 ${code}”`,
  telegramHow: (bot, code) => `Telegram：扫二维码，或给 @${bot} 发送“/start ${code}”`,
  anyHow: (code) => `在微信或 Telegram 中发送：绑定 ${code}`,
  expires: (date) => `有效期至 ${date}`,
  classWho: (name) => `${name} 班`,
  cardWho: (card) => `借书证号 ${card} 的读者`,
  teachersWho: "教师",
  librarianWho: "图书管理员",
};

const en: SlipsTexts = {
  needTarget: "say for whom: one class (e.g. 3-2), or one of --teachers, --librarian, --card CARD.",
  unknownCard: (card) => `no pupil or teacher at school has card number "${card}".`,
  alreadyIssued: (who, live, again) =>
    `${who} already has ${live} live binding codes; the printed slips still work, so no new codes were issued.` +
    `\nTo revoke them and issue new ones, add --reissue: ${again}`,
  nobody: "nobody to issue codes for: import the roster first (shuxiang import roster FILE)",
  notLibrarian: "only the librarian issues binding codes",
  written: (count, file) => `${count} slips written to ${file}`,
  htmlWritten: (count, file, perPage) =>
    `${count} slips written to ${file} (A4, ${perPage} a page: open it in a browser and print)`,
  withQr: (bot) => `the QR codes open the Telegram bot @${bot} and bind at once`,
  withoutQr:
    "no Telegram bot configured (TELEGRAM_BOT_TOKEN): the slips say how to bind, no QR code",
  getMeFailed: (reason) =>
    `could not get the bot's username from Telegram (${reason}); no codes were issued.` +
    "\nCheck the network and TELEGRAM_API_ROOT, or name the bot with --bot NAME.",
  badBotName: (name) => `"${name}" is no Telegram username (5–32 letters, digits or underscores)`,
  cannotWrite: (file, reason) => `cannot write ${file} (${reason}); no codes were issued`,
  pageTitle: (who) => `Shuxiang binding slips: ${who}`,
  heading: "Shuxiang · library binding slip",
  librarianSlip: "Librarian",
  className: "Class",
  cardNumber: "Card",
  nameLabel: "Name",
  codeLabel: {
    parent: (n) => `Parent code (for ${n} guardians)`,
    pupil: () => "Pupil code",
    teacher: () => "Teacher code",
    librarian: () => "Librarian code",
  },
  wechatHow: (code) => `WeChat: send "绑定 ${code}" to the school library's account`,
  telegramHow: (bot, code) => `Telegram: scan the QR code, or send "/start ${code}" to @${bot}`,
  anyHow: (code) => `On WeChat or Telegram, send: 绑定 ${code}`,
  expires: (date) => `valid until ${date}`,
  classWho: (name) => `Class ${name}`,
  cardWho: (card) => `Card ${card}`,
  teachersWho: "The teachers",
  librarianWho: "The librarian",
};

const tables: Record<Locale, SlipsTexts> = { "zh-CN": zh, en };

/** The codes command's and the slips' words in `locale`. */
export function slipsTexts(locale: Locale): SlipsTexts {
  return tables[locale];
}
