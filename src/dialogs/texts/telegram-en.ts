import type { telegramZh } from "./telegram-zh.ts";

/** en texts of the Telegram adapter (same keys as telegram-zh.ts; merged into en.ts). */
export const telegramEn = {
  telegram_cmd_help: "Help: what I can do",
  telegram_cmd_bind: "Link a reader with the code from school",
  telegram_cmd_search: "Search the catalogue, see copies on the shelf",
  telegram_cmd_mine: "My loans and reservations",
  telegram_cmd_renew: "Renew loans",
  telegram_cmd_reserve: "Reserve a book that is out",
  telegram_cmd_unreserve: "Cancel a reservation",
  telegram_cmd_new: "New books on the shelf",
  telegram_cmd_overdue: "Overdue list of a class (teachers)",
  telegram_cmd_rota: "This week's library slots of a class",
  telegram_cmd_duty: "Student librarians' duty rota",
  telegram_cmd_settings: "Settings: language, reminders, quiet hours",
  telegram_cmd_suggest: "Send a suggestion to the library",
  telegram_cmd_purchase: "Suggest a book to buy",
  telegram_cmd_cancel: "Cancel the current step",
  telegram_cmd_checkout: "Check out a book (librarians, student librarians on duty)",
  telegram_cmd_return: "Return a book (librarians, student librarians on duty)",
  telegram_cmd_lost: "Record a lost book (librarians)",
  telegram_cmd_damaged: "Record a damaged book (librarians)",
  telegram_cmd_charges: "Open charges: paid or waived (librarians)",
  telegram_cmd_stats: "This week's borrowing figures (teachers, librarians)",
  telegram_cmd_broadcast: "Send a notice (librarians)",
  telegram_cmd_activity: "Reading activities (librarians)",
  telegram_cmd_link: "Link this group to a class (class teachers)",
} satisfies { [K in keyof typeof telegramZh]: (typeof telegramZh)[K] };
