import type { zhCN } from "./zh-CN.ts";
import { accountEn } from "./account-en.ts";
import { cardDeskEn } from "./card-desk-en.ts";
import { exportEn } from "./export-en.ts";
import { noticesEn } from "./notices-en.ts";
import { outreachEn } from "./outreach-en.ts";
import { readerEn } from "./reader-en.ts";
import { recognitionEn } from "./recognition-en.ts";
import { schoolYearEn } from "./school-year-en.ts";
import { staffEn } from "./staff-en.ts";
import { stockEn } from "./stock-en.ts";
import { telegramEn } from "./telegram-en.ts";
import { wechatEn } from "./wechat-en.ts";

/** The en text table: exactly the keys of zh-CN with the same parameters (checked by tsc). */
export const en = {
  ...accountEn,
  ...cardDeskEn,
  ...exportEn,
  ...noticesEn,
  ...outreachEn,
  ...readerEn,
  ...recognitionEn,
  ...schoolYearEn,
  ...staffEn,
  ...stockEn,
  ...telegramEn,
  ...wechatEn,
  // bot entry
  empty_message: 'That message was empty. Send "help" to see what I can do.',
  no_menu_open:
    'There is no open menu to answer (it may have expired). Please send the command again, e.g. "renew".',
  // dialog engine
  cancelled: "Cancelled.",
  nothing_to_cancel: "Nothing to cancel.",
  back_done: "OK, one step back:",
  back_at_first: "This is already the first step:",
  control_back: "Back",
  control_cancel: "Cancel",
  nothing_to_go_back: "Nothing is in progress, so there is no step to go back to.",
  menu_expired: "This menu has expired. Please send the command again.",
  start_again: "This conversation is no longer valid. Please start again.",
  session_conflict: "This conversation continued elsewhere. Please start again.",
  choose_number: (p: { n: number }) =>
    p.n === 1
      ? "Please answer with the number 1."
      : `Please answer with a number from 1 to ${p.n}.`,
  apology: "Sorry, something went wrong. Please try again later.",
  console_welcome: (p: { role: "parent" | "student" | "teacher" | "librarian" | "helper" }) =>
    `Shuxiang demo school: you are the demo ${{ parent: "parent", student: "pupil", teacher: "class teacher", librarian: "librarian", helper: "student librarian" }[p.role]}. Send “help” to see what you can do; in any step-by-step dialog, “back” goes back one question and “cancel” leaves it; every line you type goes to Shuxiang.`,
  page_next: "Next page",
  page_done: "Done",
  page_closed: "OK.",
  page_of: (p: { page: number; pages: number }) => `(page ${p.page} of ${p.pages})`,
} satisfies { [K in keyof typeof zhCN]: (typeof zhCN)[K] };
