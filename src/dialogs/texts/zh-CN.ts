import { accountZh } from "./account-zh.ts";
import { cardDeskZh } from "./card-desk-zh.ts";
import { exportZh } from "./export-zh.ts";
import { noticesZh } from "./notices-zh.ts";
import { outreachZh } from "./outreach-zh.ts";
import { readerZh } from "./reader-zh.ts";
import { recognitionZh } from "./recognition-zh.ts";
import { schoolYearZh } from "./school-year-zh.ts";
import { staffZh } from "./staff-zh.ts";
import { stockZh } from "./stock-zh.ts";
import { telegramZh } from "./telegram-zh.ts";
import { wechatZh } from "./wechat-zh.ts";
/**
 * The zh-CN text table: the source of every key. A value is a string or a function of its
 * parameters; the en table must have exactly these keys with the same shapes (see en.ts).
 * Keys are snake_case and grouped by area; refusal codes from src/core map to keys here.
 */
export const zhCN = {
  ...accountZh,
  ...cardDeskZh,
  ...exportZh,
  ...noticesZh,
  ...outreachZh,
  ...readerZh,
  ...recognitionZh,
  ...schoolYearZh,
  ...staffZh,
  ...stockZh,
  ...telegramZh,
  ...wechatZh,
  // bot entry
  empty_message: "没有读到内容。发送“帮助”查看可以做什么。",
  no_menu_open: "现在没有等你选择的菜单（可能已过期）。请重新发送指令，例如“续借”。",
  // dialog engine
  cancelled: "已取消。",
  nothing_to_cancel: "当前没有进行中的操作。",
  back_done: "好的，回到上一步：",
  back_at_first: "这已经是第一步了：",
  control_back: "上一步",
  control_cancel: "取消",
  nothing_to_go_back: "当前没有进行中的操作，没有上一步可以回去。",
  menu_expired: "这个菜单已过期，请重新发送指令。",
  start_again: "这个对话已失效，请重新开始。",
  session_conflict: "这个对话已在别处继续，请重新开始。",
  choose_number: (p: { n: number }) =>
    p.n === 1 ? "请回复数字 1。" : `请回复 1–${p.n} 之间的数字。`,
  apology: "抱歉，出了点问题，请稍后再试。",
  console_welcome: (p: { role: "parent" | "student" | "teacher" | "librarian" | "helper" }) =>
    `书香演示学校：你现在是${{ parent: "演示家长", student: "演示学生", teacher: "演示班主任", librarian: "演示图书管理员", helper: "演示小管" }[p.role]}。发送“帮助”看能做什么；分几步的操作里，随时可以发“上一步”回到上一个问题，发“取消”退出；输入空行以外的文字都会发给书香。`,
  page_next: "下一页",
  page_done: "结束",
  page_closed: "好的。",
  page_of: (p: { page: number; pages: number }) => `（第 ${p.page}/${p.pages} 页）`,
};
