/** en texts of the reader dialogs (merged into the en table in en.ts; same keys as reader-zh.ts). */
export const readerEn = {
  // who may ask
  reader_need_binding:
    "You have not linked a reader yet. Send “bind CODE” with the code from the slip the school gave you (parents use the parent code, pupils the pupil code).",
  reader_private_mine:
    "Loans are personal, so I only show them in a private chat. Message me “mine” privately.",
  reader_private_renew: "Renewals are done in a private chat. Message me “renew” privately.",
  reader_private_reserve:
    "Reservations are made in a private chat. Message me “reserve TITLE” privately.",
  reader_private_unreserve:
    "Reservations are cancelled in a private chat. Message me “unreserve” privately.",
  // a title in a list
  reader_hit_shelf: (p: { onShelf: number; copies: number }) => `${p.onShelf}/${p.copies} on shelf`,
  reader_hit_no_copies: "no copies yet",
  reader_hit_queued: (p: { n: number }) => `${p.n} waiting`,
  reader_hit_reference: "in-library only",
  reader_grades: (p: { min: number; max: number }) =>
    p.min <= 1 && p.max >= 12
      ? "all grades"
      : p.min === p.max
        ? `grade ${p.min}`
        : `grades ${p.min}–${p.max}`,
  // search
  reader_search_ask:
    "What are you looking for? Send a title, author, ISBN or pinyin (e.g. xiyouji or xyj).",
  reader_search_bad_query:
    "I cannot search for that. Send a title, author, ISBN or pinyin of at most 100 characters.",
  guess_greeting:
    "Hello! I am Shuxiang, the school library's assistant. Send “help” to see what I can do, or send a title to look for a book.",
  guess_tiny:
    "I could not read that 🙂 Send “help” to see what I can do, or a title or author to look for a book.",
  guess_help_hint: "Send “help” to see what I can do.",
  guess_did_you_mean: (p: { words: string }) =>
    `Did you mean ${p.words}? Tap one or reply with its number:`,
  guess_none: "None of these",
  reader_search_none: (p: { query: string }) =>
    `Nothing found for “${p.query}”. Try the pinyin (e.g. xiyouji), the initials (e.g. xyj), or just two or three characters of the title.`,
  reader_search_found: (p: { total: number; shown: number }) =>
    p.total > p.shown
      ? `Found ${p.total}; here are the ${p.shown} best (a more precise word narrows it down). Reply with a number for details, or send a new search:`
      : `Found ${p.total}. Reply with a number for details, or send a new search:`,
  reader_reserve_found: (p: { total: number; shown: number }) =>
    p.total > p.shown
      ? `Found ${p.total}; here are the ${p.shown} best. Which one do you want to reserve?`
      : `Found ${p.total}. Which one do you want to reserve?`,
  // details of a title
  reader_detail_title: (p: { title: string; author: string }) =>
    p.author ? `“${p.title}” by ${p.author}` : `“${p.title}”`,
  reader_detail_published: (p: { publisher: string; year: string }) =>
    `Published: ${[p.publisher, p.year].filter(Boolean).join(", ")}`,
  reader_detail_isbn: (p: { isbn: string }) => `ISBN: ${p.isbn}`,
  reader_detail_place: (p: { callNumber: string; location: string }) =>
    [p.callNumber && `Call number: ${p.callNumber}`, p.location && `Location: ${p.location}`]
      .filter(Boolean)
      .join(" · "),
  reader_detail_shelf: (p: { onShelf: number; copies: number; queued: number }) =>
    `${p.onShelf} of ${p.copies} on the shelf` + (p.queued > 0 ? `, ${p.queued} waiting` : ""),
  reader_detail_grades: (p: { grades: string }) => `Suits: ${p.grades}`,
  reader_detail_reference:
    "Reference book: read it in the library; it cannot be borrowed or reserved.",
  reader_detail_come_borrow: "It is on the shelf: come to the library and borrow it.",
  reader_detail_reserve_private: "To reserve it, message me “reserve TITLE” privately.",
  reader_detail_reserve_bind: "Link a reader to reserve books: send “bind CODE”.",
  reader_detail_prompt: "What next?",
  reader_action_reserve: "Reserve this book",
  reader_action_back: "Back to the results",
  // placing a hold
  reader_hold_which_child: "Reserve for which child?",
  reader_hold_placed: (p: { name: string; title: string; position: number }) =>
    `Reserved “${p.title}” for ${p.name}: number ${p.position} in the queue. I will tell you when it is ready.`,
  reader_hold_not_yours: "You can only reserve for yourself or a child linked to your account.",
  reader_hold_unknown_title: "This title is no longer in the catalogue. Please search again.",
  reader_hold_card_not_issued: (p: { name: string }) =>
    `${p.name}'s library card has not been issued yet, so no reservations for now; reading in the library is fine.`,
  reader_hold_suspended: (p: { name: string }) =>
    `${p.name}'s card is suspended for overdue books, so no reservations. It is restored once every overdue book is back.`,
  reader_hold_card_left: (p: { name: string }) =>
    `${p.name}'s card has been closed (left the school), so no reservations. Ask the librarian if this is wrong.`,
  reader_hold_card_blocked: (p: { name: string }) =>
    `${p.name}'s card is reported lost or held by the library, so no reservations for now. Ask the librarian for a new card or to return it.`,
  reader_hold_no_copies:
    'The library has no copy of this book that can be lent (lost or withdrawn), so a reservation could never be filled. Send "purchase <title>" to ask the library to buy it.',
  reader_hold_reference_only:
    "Reference books are read in the library; they cannot be reserved or borrowed.",
  reader_hold_on_shelf: (p: { callNumber: string; location: string }) =>
    "It is on the shelf: just come and borrow it!" +
    [p.callNumber && ` Call number ${p.callNumber}`, p.location && ` at ${p.location}`]
      .filter(Boolean)
      .join(",") +
    (p.callNumber || p.location ? "." : ""),
  reader_hold_already_on_loan: (p: { name: string }) =>
    `${p.name} has this book on loan already; no need to reserve it.`,
  reader_hold_already_held: (p: { name: string }) =>
    `${p.name} has reserved this book already. Send “mine” to see the place in the queue.`,
  reader_hold_too_many_holds: (p: { name: string }) =>
    `${p.name} has reached the reservation limit. Pick up a reserved book or cancel one (send “unreserve”), then reserve again.`,
  // holds in a list
  reader_hold_queued: (p: { position: number }) => `number ${p.position} in the queue`,
  reader_hold_ready: (p: { pickupBy: string }) => `ready, pick it up by ${p.pickupBy}`,
  reader_hold_label: (p: { title: string; state: string }) => `${p.title} · ${p.state}`,
  reader_reserve_holds: "Your reservations:",
  reader_reserve_menu: "Cancel a reservation, or reserve another book?",
  reader_reserve_cancel_label: (p: { hold: string }) => `Cancel: ${p.hold}`,
  reader_reserve_new: "Reserve another book",
  reader_reserve_ask: "Which book do you want to reserve? Send a title, author or pinyin.",
  reader_unreserve_none: "You have no open reservations. To reserve, send “reserve TITLE”.",
  reader_unreserve_prompt: "Which reservation do you want to cancel?",
  reader_unreserve_done: (p: { title: string }) => `Your reservation of “${p.title}” is cancelled.`,
  reader_unreserve_not_yours: "This reservation is not yours, so you cannot cancel it.",
  reader_unreserve_not_active:
    "This reservation has already ended (collected, cancelled or expired); nothing to cancel.",
  // mine
  reader_mine_header: (p: { name: string; className: string }) =>
    p.className ? `${p.name} (${p.className})` : p.name,
  reader_mine_owed: (p: { amount: string }) =>
    `Owed ${p.amount} for a lost or damaged book: please settle it at the library.`,
  reader_card_suspended: "Card suspended: it is restored once every overdue book is back.",
  reader_card_not_issued: "Card not issued yet (reading in the library is fine).",
  reader_card_left: "Card closed.",
  reader_card_lost: "Card reported lost: ask the librarian for a new one.",
  reader_card_confiscated: "Card held by the library: ask the librarian to return it.",
  reader_mine_loan: (p: { title: string; due: string; days: number; renew: string }) =>
    `· “${p.title}” due ${p.due} (` +
    (p.days > 1
      ? `${p.days} days left`
      : p.days === 1
        ? "1 day left"
        : p.days === 0
          ? "due today"
          : `${-p.days} ${p.days === -1 ? "day" : "days"} overdue`) +
    `, ${p.renew})`,
  reader_mine_renew_left: (p: { n: number }) => `${p.n} renewal(s) left`,
  reader_mine_renew_from: (p: { from: string }) => `renewable from ${p.from}`,
  reader_mine_renew_overdue: "cannot be renewed: please return it soon",
  reader_mine_renew_on_hold: "someone is waiting for it, cannot be renewed",
  reader_mine_renew_used_up: "no renewals left",
  reader_mine_renew_card: "the card cannot renew now",
  reader_mine_hold: (p: { title: string; state: string }) => `· Reserved “${p.title}”: ${p.state}`,
  reader_mine_empty_one: "· No loans and no reservations.",
  reader_mine_nothing: "No loans and no reservations right now. Send a title to search.",
  reader_mine_hint: "Send “renew” to renew, “unreserve” to cancel a reservation.",
  // renew
  reader_renew_none: "There are no books on loan, so nothing to renew.",
  reader_renew_prompt: "Which book do you want to renew?",
  reader_renew_blocked: "Not renewable now:",
  reader_renew_blocked_line: (p: { name: string; title: string; reason: string }) =>
    `· ${p.name ? `${p.name} · ` : ""}“${p.title}”: ${p.reason}`,
  reader_renew_nothing_open: "No book can be renewed right now.",
  reader_renew_label: (p: { name: string; title: string; due: string }) =>
    p.name ? `${p.name} · ${p.title} · due ${p.due}` : `${p.title} · due ${p.due}`,
  reader_renew_all: "Renew all",
  reader_renew_done: (p: { title: string; due: string }) =>
    `“${p.title}” is renewed; the new due date is ${p.due}.`,
  reader_renew_failed: (p: { title: string; reason: string }) =>
    `“${p.title}” was not renewed: ${p.reason}`,
  reader_renew_results: "Renewals:",
  reader_renew_on_hold: "another reader is waiting for this book. Please return it on time.",
  reader_renew_too_many:
    "no renewals left. Please return it on time; you can borrow it again afterwards.",
  reader_renew_overdue: (p: { days: number }) =>
    `it is ${p.days} ${p.days === 1 ? "day" : "days"} overdue and cannot be renewed. Please return it soon.`,
  reader_renew_card_left:
    "the card is closed (the reader has left the school). Please bring the book back to the library.",
  reader_renew_card_blocked:
    "the card is reported lost or held by the library. Please see the librarian.",
  reader_renew_suspended: "the card is suspended. It is restored once every overdue book is back.",
  reader_renew_card_not_issued:
    "the library card has not been issued yet. Please ask the librarian.",
  reader_renew_not_yours:
    "this loan is no longer on your account (it may have been returned). Send “mine” to see the latest.",
  reader_renew_too_soon: (p: { from: string }) => `too early: it can be renewed from ${p.from}.`,
  // what's new
  reader_new_none: (p: { days: number }) => `No new books in the last ${p.days} days.`,
  reader_new_header: (p: { days: number; total: number; shown: number }) =>
    `New books of the last ${p.days} days: ${p.total}, the librarian's [recommended] first` +
    (p.total > p.shown ? ` (the first ${p.shown}):` : ":"),
  reader_new_line: (p: { recommended: boolean; line: string }) =>
    `· ${p.recommended ? "[recommended] " : ""}${p.line}`,
};
