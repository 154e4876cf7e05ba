/** en texts of the account dialogs (merged into the en table in en.ts; same keys as account-zh.ts). */
export const accountEn = {
  // help
  help_unbound:
    "Hello! I am the Shuxiang library assistant.\nFirst link your account: send “bind” and the 8-character code on your slip, e.g. bind K7QX-M2PD\n(parents use the parent code, pupils the pupil code, teachers the teacher code)",
  help_intro: "You can send:",
  help_footer: "Send “cancel” to leave what you are doing, “back” to go back one question.",
  help_group_intro: "In this group (mention me or use a / command):",
  help_group_unlinked:
    "This group is not linked to a class yet: the class teacher sends /link 3-2 here to link it.",
  help_group_rota: "/rota — this week's borrowing slot",
  help_group_new: "/new — books added lately",
  help_group_search: "/search TITLE — find a book",
  help_cmd_search: "search TITLE/AUTHOR/PINYIN — find a book and copies on the shelf",
  help_cmd_mine: "mine — loans and holds; a lost card: send “lostcard”",
  help_cmd_renew: "renew — renew one book or all",
  help_cmd_reserve: "reserve TITLE / unreserve — reserve a book, or cancel a reservation",
  help_cmd_new: "new — books added lately",
  help_cmd_overdue: "overdue — books past their due date",
  help_cmd_overdue_class: "overdue — your class's overdue list",
  help_cmd_rota: "rota — this week's class borrowing slot",
  help_cmd_link: "link 3-2 — send in the class group to link it",
  help_cmd_duty: "duty — my duty shifts",
  help_cmd_desk_duty: "checkout CARD BARCODE / return BARCODE — desk loans on duty",
  help_cmd_desk: "checkout CARD BARCODE / return BARCODE — desk loans and returns",
  help_cmd_charges: "lost BARCODE / damaged BARCODE [amount] / charges — lost and damaged books",
  help_cmd_stats: "stats — this week's class borrowing figures",
  help_cmd_helper: "helper CARD / unhelper CARD — student librarians; duty — their shifts",
  help_cmd_broadcast:
    "broadcast — send a notice to readers or class groups; activity — create a reading activity",
  help_cmd_class:
    "corner / visit / lesson — class book corners, record library visits and reading lessons",
  help_cmd_suggestions:
    "suggest — read the newest suggestions and purchase requests; answer — answer them (the sender is told)",
  help_cmd_cards:
    "reissue CARD [NEW] / confiscate CARD / returncard CARD / issuecards CLASS — library cards; clearance — leavers' books",
  help_cmd_settings: "settings — language, notices, quiet hours",
  help_cmd_suggest: "suggest TEXT / purchase TITLE — write to the library, ask for a book",
  help_cli_footer:
    "Imports, code slips and other admin commands run in the shuxiang CLI on a computer. Send “cancel” to leave what you are doing, “back” to go back one question.",
  // bind
  bind_in_group: "Please bind in a private chat: never send a binding code in a group.",
  bind_ask: "Please send the 8-character code on your slip (e.g. K7QX-M2PD):",
  bind_ok_guardian: (p: { name: string; className: string }) =>
    `Linked: parent of ${p.name}${p.className ? ` (class ${p.className})` : ""}. Send “mine” to see loans, “help” for more.`,
  bind_ok_self: (p: { name: string; className: string }) =>
    `Linked: ${p.name}${p.className ? ` (class ${p.className})` : ""}, yourself. Send “mine” to see loans, “help” for more.`,
  bind_ok_teacher: (p: { name: string; classes: string; first: string }) =>
    p.classes
      ? `Linked: teacher ${p.name}, class ${p.classes}. Send “overdue” for your class's overdue list; send “link ${p.first}” in the class group to link it.`
      : `Linked: teacher ${p.name}. No class is recorded for you as class teacher; if that is wrong, please tell the librarian.`,
  bind_ok_librarian: "Linked as the librarian. Send “help” to see what you can do.",
  bind_ok_student_librarian: "Linked as a student librarian. Send “duty” to see your shifts.",
  bind_invalid_code: (p: { max: number; minutes: number }) =>
    `That code is not right. Check the 8 characters on your slip and send it again (case does not matter). After ${p.max} wrong codes in a row, binding pauses for ${p.minutes} minutes.`,
  bind_expired: (p: { days: number }) =>
    `That code has expired (codes last ${p.days} days). Please ask the class teacher or the librarian for a new slip.`,
  bind_used_up:
    "That code is used up (a parent code binds two parents, other codes one account). Please ask the class teacher or the librarian for a new code.",
  bind_locked: (p: { time: string }) =>
    `Too many wrong codes: binding is paused. Please try again after ${p.time}.`,
  // link
  link_private:
    "Send “/link 3-2” in the class group (mention me or use the / command) to link it to the class.",
  link_ask: "Which class should this group be linked to? Reply with the class, e.g. 3-2.",
  link_ok: (p: { className: string }) =>
    `This group is now linked to class ${p.className}. Its rota, new books and activities will be posted here.`,
  link_unknown_class: (p: { name: string }) =>
    `There is no class “${p.name}”. Write it as grade-number, e.g. /link 3-2.`,
  link_not_your_class: (p: { name: string }) =>
    `Only the class teacher of ${p.name} or the librarian can link this class. Teachers: bind with your teacher code in a private chat with me first.`,
  // settings
  settings_in_group: "Settings are yours alone: please send “settings” in a private chat.",
  settings_prompt: (p: { language: string; quiet: string; muted: string }) =>
    `Your settings\nLanguage: ${p.language}\nQuiet hours: ${p.quiet}\nNotices turned off: ${p.muted}\nWhat would you like to change?`,
  settings_quiet_default: "school default",
  settings_list_sep: ", ",
  settings_muted_none: "none",
  settings_choice_language: "Language",
  settings_choice_quiet: "Quiet hours",
  settings_choice_notices: "Notices",
  settings_choice_done: "Done",
  settings_lang_zh: "中文",
  settings_lang_en: "English",
  settings_language_prompt: "Choose a language:",
  settings_locale_saved: "Language set to English.",
  settings_quiet_prompt: "Notices due during quiet hours are sent when they end. Choose:",
  settings_quiet_other: "Type my own",
  settings_quiet_ask: "Send the quiet hours, e.g. 22:30-06:30:",
  settings_quiet_saved: (p: { quiet: string }) => `Quiet hours set to ${p.quiet}.`,
  settings_notices_prompt:
    "Choose one to turn it on or off (overdue and hold-ready notices always stay on):",
  settings_notice_label: (p: { name: string; on: boolean }) => `${p.name}: ${p.on ? "on" : "off"}`,
  settings_notice_saved: (p: { name: string; on: boolean }) =>
    `${p.name} turned ${p.on ? "on" : "off"}.`,
  settings_back: "Back",
  settings_done: "Settings saved.",
  settings_unknown_locale: "That language is not supported; please choose 中文 or English.",
  settings_bad_quiet_hours:
    "Those quiet hours are not valid: send them like 22:30-06:30, or pick one from the list.",
  settings_not_optional: "Overdue and hold-ready notices cannot be turned off.",
  notice_due_soon: "Due-date reminders",
  notice_new_books: "New books",
  notice_activities: "Activities",
  notice_rota: "Rota",
  notice_figures: "Weekly figures",
  notice_class_copy: "Class notices in private too (off: class group only)",
  // suggest / purchase
  suggest_in_group: "Please send suggestions and book requests in a private chat.",
  suggest_not_bound:
    "Please bind first to use the suggestion box: send “bind” and the code on your slip.",
  suggest_ask_suggestion: (p: { max: number }) =>
    `Please write your suggestion (at most ${p.max} characters):`,
  suggest_ask_purchase: (p: { max: number }) =>
    `Which book should the library buy? Write the title, ideally with author or ISBN (at most ${p.max} characters):`,
  suggest_thanks_suggestion: "Thank you for your suggestion! The librarian will read it.",
  suggest_thanks_purchase: "Thank you! The librarian will consider it when buying books.",
  suggest_too_long: (p: { length: number; max: number }) =>
    `That is too long: at most ${p.max} characters, this one has ${p.length}. Nothing was saved; please shorten it and send it again.`,
  suggest_empty:
    "That was empty, so nothing was saved. Write your text after “suggest” or “purchase”.",
  suggest_not_librarian: "Only the librarian can read the suggestion box.",
  suggest_list_empty: "The suggestion box is empty.",
  suggest_list_title: (p: { count: number }) => `The newest ${p.count} suggestions and requests:`,
  suggest_list_item: (p: { n: number; kind: string; when: string; text: string }) =>
    `${p.n}. [${p.kind}] ${p.when}\n${p.text}`,
  suggest_kind_suggestion: "suggestion",
  suggest_kind_purchase: "purchase",
  // answering the box (librarian)
  answer_not_librarian: "Only the librarian can answer suggestions and requests.",
  answer_in_group: "Please answer suggestions in a private chat.",
  answer_none_open: "No suggestion or purchase request is waiting for an answer.",
  answer_pick: "Which one do you answer?",
  answer_item: (p: { id: number; kind: string; excerpt: string }) =>
    `#${p.id} ${p.kind}: ${p.excerpt}`,
  answer_pick_answer: "Your answer?",
  answer_accepted: "Accepted",
  answer_ordered: "Ordered",
  answer_not_possible: "Not possible",
  answer_ask_reply: (p: { max: number }) =>
    `Write a sentence for the person who sent it (at most ${p.max} characters):`,
  answer_done: (p: { id: number }) => `#${p.id} answered; the sender has been told privately.`,
  answer_done_untold: (p: { id: number }) =>
    `#${p.id} answered; the sender's account is gone, so nobody could be told.`,
  answer_unknown_suggestion:
    "There is no such suggestion; send “answer” and pick one from the list.",
  answer_not_purchase:
    "“Ordered” is for purchase requests; this is a suggestion: pick “Accepted” or “Not possible”.",
  answer_already_arrived: "This requested book has arrived and the sender has been told.",
  answer_empty_reply: "The answer was empty, so nothing was saved.",
  answer_too_long: (p: { length: number; max: number }) =>
    `That answer is too long: at most ${p.max} characters, this one has ${p.length}. Nothing was saved.`,
};
