/** en texts of the staff dialogs (merged into the en table in en.ts; same keys as staff-zh.ts). */
export const staffEn = {
  // shared
  staff_need_binding:
    "Please link your account first: parents send “bind PARENT-CODE”, students “bind PUPIL-CODE”, teachers “bind TEACHER-CODE” (the codes are on the library's slip).",
  staff_weekday: (p: { day: number }) =>
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][p.day - 1] ?? "",
  staff_no_classes:
    "The school has no classes yet. Import the roster first (shuxiang import roster).",
  staff_pick_grade: "Choose a grade:",
  staff_grade_label: (p: { grade: number }) => `Grade ${p.grade}`,
  staff_pick_class: "Choose a class:",
  staff_class_label: (p: { name: string }) => `Class ${p.name}`,
  staff_confirm: "Confirm",
  staff_cancel: "Cancel",
  // overdue
  overdue_group_refused:
    "Overdue lists are sent to teachers in private chat only. Teachers, message me privately with “overdue”.",
  class_not_a_class: (p: { name: string; mine: string }) =>
    `“${p.name}” is not a class name; send it like 3-1${p.mine ? ` (yours: ${p.mine})` : ""}.`,
  class_no_such_class: (p: { name: string; mine: string }) =>
    `The school has no class ${p.name}${p.mine ? `; yours: ${p.mine}` : ""}.`,
  class_not_your_class: (p: { name: string; mine: string }) =>
    `${p.name} is not your class; you can only see your own classes' lists${p.mine ? ` (${p.mine})` : ""}.`,
  overdue_not_your_class: "You can only see the overdue lists of your own classes.",
  overdue_no_such_class: "That class no longer exists. Please send “overdue” again.",
  overdue_class_header: (p: { className: string; pupils: number; items: number }) =>
    `Class ${p.className} overdue: ${p.pupils} pupil(s), ${p.items} book(s)`,
  overdue_class_none: (p: { className: string }) => `Class ${p.className} has no overdue books.`,
  overdue_pupil: (p: { name: string }) => `· ${p.name}`,
  overdue_item: (p: {
    title: string;
    barcode: string;
    due: string;
    days: number;
    stopped: boolean;
  }) =>
    `  “${p.title}” (${p.barcode}) due ${p.due}, ${p.days} day(s) late${p.stopped ? ", card suspended" : ""}`,
  overdue_mine_header: "Overdue books:",
  overdue_mine_none: "Nothing is overdue.",
  overdue_mine_hint: (p: { days: number }) =>
    `Please return them to the library soon. From ${p.days} days late the card is suspended (instead of a fine) until everything is back.`,
  overdue_name_class: "To see one class's list, send its name (like 3-1).",
  overdue_pick_class: "Which class's overdue list?",
  overdue_all_classes: (p: { items: number }) => `All classes (${p.items} book(s))`,
  overdue_class_choice: (p: { className: string; pupils: number; items: number }) =>
    `${p.className} (${p.pupils} pupil(s), ${p.items} book(s))`,
  overdue_school_none: "Nothing is overdue in the whole school.",
  // rota and duty
  rota_header: (p: { week: number; monday: string }) =>
    `Library times this week (week ${p.week}, from ${p.monday}):`,
  rota_slot: (p: { day: string; date: string; start: string; end: string; className: string }) =>
    `${p.day} ${p.date} ${p.start}–${p.end}  class ${p.className} borrowing`,
  rota_grade_day: (p: {
    day: string;
    date: string;
    start: string;
    end: string;
    grades: number[];
  }) => `${p.day} ${p.date} ${p.start}–${p.end}  open day for grade(s) ${p.grades.join(", ")}`,
  rota_none: "No library times are scheduled for you this week.",
  rota_group_unlinked:
    "This group is not linked to a class yet. The class teacher can send “link 3-2” here to link it.",
  rota_name_class: "To see one class, send its name (like 3-1).",
  rota_duty_hint: "For your duty shifts send “duty”.",
  duty_header: "Your duty shifts this week:",
  duty_all_header: "Duty shifts this week:",
  duty_line: (p: { day: string; date: string; start: string; end: string }) =>
    `${p.day} ${p.date} ${p.start}–${p.end}`,
  duty_line_named: (p: { day: string; date: string; start: string; end: string; name: string }) =>
    `${p.day} ${p.date} ${p.start}–${p.end}  ${p.name}`,
  duty_now: "You are on duty now: send “checkout CARD BARCODE” or “return BARCODE” at the desk.",
  duty_none_mine: "You have no duty shifts this week.",
  duty_none: "No duty shifts this week.",
  duty_assign: "Assign a duty shift",
  duty_done: "Done",
  duty_assign_ask_card: "The student librarian's card number:",
  duty_assign_pick_day: "Which day of the week?",
  duty_assign_ask_time: "The time (like 12:00-12:40):",
  duty_assign_bad_time: "Please type the time like 12:00-12:40, the start before the end.",
  duty_assign_done: (p: { name: string; day: string; start: string; end: string }) =>
    `${p.name} is on duty every ${p.day} ${p.start}–${p.end} and can work the desk then.`,
  duty_assign_librarian_only: "Only the librarian can assign duty shifts.",
  duty_assign_unknown_card: (p: { card: string }) => `No library card ${p.card}.`,
  duty_assign_not_a_helper: (p: { card: string }) =>
    `The pupil with card ${p.card} is not a student librarian yet. Send “helper ${p.card}” first.`,
  duty_assign_card_inactive: (p: { card: string }) =>
    `Card ${p.card} cannot be used now (suspended, closed or lost), so no duty can be assigned.`,
  duty_assign_already: "This student librarian already has a shift starting then.",
  duty_remove: "Remove a duty shift",
  duty_remove_none: "There are no duty shifts, so none to remove.",
  duty_remove_pick: "Which duty shift do you want to remove?",
  duty_shift_label: (p: { name: string; day: string; start: string; end: string }) =>
    `${p.name} · every ${p.day} ${p.start}–${p.end}`,
  duty_remove_sure: (p: { shift: string }) => `Remove this duty shift?\n${p.shift}`,
  duty_remove_confirm: "Remove it",
  duty_remove_kept: "OK, the duty shift stays.",
  duty_remove_done: (p: { shift: string }) =>
    `Duty shift removed: ${p.shift}. From now on they cannot work the desk then.`,
  duty_remove_gone:
    "That duty shift is gone already (perhaps just removed); nothing changed. Send “duty” to see the shifts.",
  duty_not_student_librarian:
    "Duty shifts are for student librarians. Ask the librarian if you would like to be one; for your class's library times send “rota”.",
  // desk: checkout and return
  desk_not_staff: "Only the librarian or a student librarian on duty can check books out and in.",
  desk_off_duty: "You are not on duty now; the desk is yours only during your shifts.",
  desk_ask_card: "Scan or type the library card number (or the card and the barcode together):",
  desk_ask_barcode: "Scan the book's barcode:",
  desk_not_a_code: (p: { text: string }) =>
    `“${p.text}” does not look like a card number or barcode (letters, digits and dashes only). Scan again, or send “end”.`,
  desk_checked_out: (p: { title: string; due: string }) =>
    `Checked out: “${p.title}”, due ${p.due}`,
  desk_hold_passed_on:
    "This reader's other copy on the hold shelf has passed to the next reader in the queue.",
  desk_returned: (p: { title: string }) => `Returned: “${p.title}”`,
  desk_returned_late: (p: { days: number }) => `${p.days} day(s) late`,
  desk_returned_hold: (p: { pickupBy: string }) =>
    `set aside for the next reader (pick up by ${p.pickupBy}): put it on the hold shelf`,
  desk_sep: "; ",
  desk_returned_unsuspended: "library card reinstated",
  desk_next_checkout:
    "Next checkout: scan this reader's next book, or the next reader's card (send “return” to switch, “end” to stop).",
  desk_same_reader: (p: { card: string; barcode: string }) =>
    `Barcode ${p.barcode} goes to the same reader (${p.card}).`,
  desk_next_return:
    "Next return: scan the next barcode (send “checkout” to switch, “end” to stop).",
  desk_finished: (p: { count: number }) =>
    p.count === 0 ? "Finished." : `Finished: ${p.count} transaction(s) this round.`,
  desk_loop_limit: "That was a long round. Send “checkout” or “return” again to go on.",
  desk_unknown_card: (p: { card: string }) => `No library card ${p.card}. Check it and scan again.`,
  desk_unknown_copy: (p: { barcode: string }) =>
    `No book with barcode ${p.barcode}. Check it and scan again.`,
  desk_reference_only: "This is a reference book: it is read in the library and never lent out.",
  desk_card_not_issued:
    "This reader's card has not been issued yet, so no loans for now (reading in the library is fine).",
  desk_suspended:
    "This reader has overdue books, so the card is suspended (instead of a fine); it is reinstated once they are back.",
  desk_card_left: "This reader has left the school; the card is closed.",
  desk_card_blocked:
    "This card is reported lost or held by the library: no loans. Reissue a lost card first.",
  // cards (lostcard, reissue, confiscate, returncard, issuecards)
  card_lost_private: "Please report a lost card in a private chat.",
  card_lost_which: "Whose card is lost?",
  card_lost_confirm: (p: { name: string }) =>
    `Report ${p.name}'s card as lost? It stops working at once; books on loan are not affected.`,
  card_lost_yes: "Report it lost",
  card_lost_no: "Don't",
  card_lost_done: (p: { name: string }) =>
    `${p.name}'s card is reported lost and the librarian has been told. Ask at the library for a new card; books on loan are due as before.`,
  card_lost_card_not_issued: (p: { name: string }) =>
    `${p.name}'s card has not been issued yet; nothing to report.`,
  card_lost_card_left: (p: { name: string }) => `${p.name}'s card is closed; nothing to report.`,
  card_lost_already_lost: (p: { name: string }) =>
    `${p.name}'s card is already reported lost; ask at the library for a new one.`,
  card_lost_card_confiscated: (p: { name: string }) =>
    `${p.name}'s card is held by the library; ask the librarian to return it.`,
  card_desk_private: "Please handle cards in a private chat.",
  card_desk_ask_card: "Send the card number:",
  card_desk_not_librarian: "Only the librarian handles cards.",
  card_desk_unknown_card: "There is no card with that number.",
  card_desk_card_not_issued:
    "This card has not been issued yet; to issue a class's cards send “issuecards CLASS”.",
  card_desk_card_left: "This reader has left the school; the card is closed.",
  card_desk_bad_number:
    "The new number must not be empty or contain spaces (at most 32 characters).",
  card_desk_number_taken: "That new number is taken; please pick another.",
  card_desk_already_confiscated: "This card is already held by the library.",
  card_desk_not_confiscated: "This card is not held by the library; nothing to return.",
  card_state_active: "may borrow",
  card_state_suspended: "suspended until the late books are back",
  card_reissued: (p: { name: string; cardNumber: string; state: string }) =>
    `New card for ${p.name}: ${p.cardNumber} (${p.state}). Loans and history moved to it; the old number no longer works.`,
  card_confiscated: (p: { name: string; cardNumber: string }) =>
    `${p.name}'s card ${p.cardNumber} is now held by the library: no loans until it is returned.`,
  card_returned: (p: { name: string; cardNumber: string; state: string }) =>
    `Card ${p.cardNumber} returned to ${p.name} (${p.state}).`,
  card_issue_ask_class: "Issue cards for which class? For example 1-1:",
  card_issue_unknown_class: (p: { className: string }) => `There is no class “${p.className}”.`,
  card_issue_none_to_issue: (p: { className: string }) =>
    `Class ${p.className} has no cards waiting to be issued.`,
  card_issue_done: (p: { className: string; issued: number }) =>
    `${p.issued} card(s) issued for class ${p.className}; they may borrow now.`,
  desk_limit_reached: (p: { max: number }) =>
    `This reader already has ${p.max} book(s) out. A book must come back first.`,
  desk_not_available:
    "This book cannot be lent now (on loan, lost or withdrawn). If it is in your hands, return it first.",
  desk_held_for_other:
    "This copy is set aside for another reader's hold and cannot go to this reader; put it back on the hold shelf.",
  desk_not_on_loan: (p: { barcode: string }) =>
    `The book ${p.barcode} is not on loan, so there is nothing to return; put it back on the shelf.`,
  // broadcast
  broadcast_librarian_only: "Only the librarian can send broadcasts. Please ask the librarian.",
  broadcast_ask_text: (p: { max: number }) =>
    `Type the broadcast text (at most ${p.max} characters):`,
  broadcast_text_too_long: (p: { max: number; length: number }) =>
    `That is ${p.length} characters, more than ${p.max}. Please shorten it and send it again.`,
  broadcast_add_titles: "Add recommended books?",
  broadcast_titles_add: "Add recommended books",
  broadcast_titles_skip: "No books",
  broadcast_ask_title: (p: { n: number; max: number }) =>
    `Type a title, author or pinyin to find a book (${p.n}/${p.max} chosen; send “done” to finish):`,
  broadcast_bad_query: "Type a title, author, pinyin or ISBN.",
  broadcast_no_hits: (p: { query: string }) => `Nothing found for “${p.query}”. Try other words.`,
  broadcast_pick_title: "Pick a book to recommend:",
  broadcast_none_of_these: "None of these, search again",
  broadcast_title_added: (p: { title: string; n: number; max: number }) =>
    `Added “${p.title}” (${p.n}/${p.max}).`,
  broadcast_title_already: (p: { title: string }) => `“${p.title}” is already on the list.`,
  broadcast_titles_full: (p: { max: number }) => `The list is full (${p.max} books).`,
  broadcast_titles_heading: "Recommended books:",
  broadcast_title_line: (p: { title: string; author: string }) =>
    p.author ? `“${p.title}” by ${p.author}` : `“${p.title}”`,
  broadcast_pick_audience: "Who should get it?",
  broadcast_aud_all: "Every linked account",
  broadcast_aud_role: "By role (parents/students/teachers)",
  broadcast_aud_grade: "A grade",
  broadcast_aud_class: "A class",
  broadcast_aud_groups: "Class group chats",
  broadcast_pick_role: "Choose a role:",
  broadcast_role_parents: "Parents",
  broadcast_role_students: "Students",
  broadcast_role_teachers: "Teachers",
  broadcast_pick_groups: "Which class groups?",
  broadcast_groups_all: "All class groups",
  broadcast_groups_grade: "The class groups of a grade",
  broadcast_groups_class: "One class's group",
  broadcast_desc_all: "every linked account",
  broadcast_desc_parents: "all parents",
  broadcast_desc_students: "all students",
  broadcast_desc_teachers: "all teachers",
  broadcast_desc_grade: (p: { grade: number }) =>
    `grade ${p.grade}'s pupils, parents and class teachers`,
  broadcast_desc_class: (p: { name: string }) =>
    `class ${p.name}'s pupils, parents and class teacher`,
  broadcast_desc_groups_all: "all class groups",
  broadcast_desc_groups_grade: (p: { grade: number }) => `the class groups of grade ${p.grade}`,
  broadcast_desc_groups_class: (p: { name: string }) => `the group of class ${p.name}`,
  broadcast_preview: (p: { message: string; audience: string; count: number }) =>
    `Preview:\n————————\n${p.message}\n————————\nTo: ${p.audience}, ${p.count} account(s)`,
  broadcast_confirm: "Send",
  broadcast_nobody: (p: { audience: string }) =>
    `Nobody in “${p.audience}” has linked an account yet, so there is no one to send to. Nothing was sent.`,
  broadcast_queued: (p: { count: number }) =>
    `Queued for ${p.count} account(s). You will get a delivery report later.`,
  broadcast_cancelled: "Cancelled. Nothing was sent.",
  broadcast_refused_empty_text: "The broadcast is empty. Send “broadcast” to write it again.",
  broadcast_refused_text_too_long:
    "The text with its book list is too long for one message. Shorten it and send “broadcast” again.",
  broadcast_refused_too_many_titles:
    "At most 5 recommended books. Send “broadcast” to start again.",
  broadcast_refused_unknown_title:
    "A chosen book has been removed from the catalogue. Send “broadcast” to start again.",
  broadcast_refused_unknown_class: "That class no longer exists. Send “broadcast” to choose again.",
  broadcast_refused_bad_audience: "That audience is not valid. Send “broadcast” to choose again.",
  // activity
  activity_librarian_only:
    "Only the librarian can create reading activities. Send “suggest …” to tell the librarian your idea.",
  activity_pick_kind: "Kind of activity:",
  activity_kind_reading_festival: "Reading festival",
  activity_kind_essay: "Essay contest",
  activity_kind_story_hour: "Story hour",
  activity_kind_other: "Other",
  activity_ask_name: (p: { max: number }) => `Name of the activity (at most ${p.max} characters):`,
  activity_name_too_long: (p: { max: number }) =>
    `That name is too long; keep it within ${p.max} characters.`,
  activity_ask_start: (p: { full: string; short: string }) =>
    `Start date (e.g. ${p.full} or ${p.short}):`,
  activity_ask_end: (p: { full: string; short: string }) =>
    `End date (e.g. ${p.full} or ${p.short}):`,
  activity_ask_deadline: (p: { full: string; short: string }) =>
    `Deadline (e.g. ${p.full} or ${p.short}):`,
  activity_bad_date: (p: { text: string; full: string; short: string }) =>
    `“${p.text}” is not a valid date. Type it like ${p.full} or ${p.short}.`,
  activity_which_year: (p: { text: string; thisYear: string; nextYear: string }) =>
    `Does “${p.text}” mean this year's ${p.thisYear} (already past) or next year's ${p.nextYear}?`,
  activity_year_this: (p: { date: string }) => `This year, ${p.date}`,
  activity_year_next: (p: { date: string }) => `Next year, ${p.date}`,
  activity_start_past: (p: { today: string }) => `The start cannot be before today (${p.today}).`,
  activity_end_before_start: (p: { start: string }) =>
    `The end cannot be before the start (${p.start}).`,
  activity_deadline_outside: (p: { start: string; end: string }) =>
    `The deadline must be between ${p.start} and ${p.end}.`,
  activity_deadline_q: "Set a deadline (e.g. for essay entries)?",
  activity_deadline_set: "Set a deadline",
  activity_deadline_none: "No deadline",
  activity_pick_audience: "Who is it for?",
  activity_aud_all: "The whole school",
  activity_aud_grade: "A grade",
  activity_aud_class: "A class",
  activity_desc_grade: (p: { grade: number }) => `grade ${p.grade}`,
  activity_desc_class: (p: { name: string }) => `class ${p.name}`,
  activity_preview: (p: {
    kind: string;
    name: string;
    start: string;
    end: string;
    deadline: string | null;
    audience: string;
  }) =>
    [
      "Activity preview:",
      `Kind: ${p.kind}`,
      `Name: ${p.name}`,
      `Dates: ${p.start} to ${p.end}`,
      ...(p.deadline ? [`Deadline: ${p.deadline}`] : []),
      `For: ${p.audience}`,
    ].join("\n"),
  activity_confirm: "Create",
  activity_created: (p: { name: string; start: string; audience: string }) =>
    `Created “${p.name}”. A notice goes to ${p.audience} before it starts (${p.start}).`,
  activity_cancelled: "Cancelled. No activity was created.",
  activity_refused_bad_kind: "That kind of activity is not valid. Send “activity” to start again.",
  activity_refused_bad_name: "The name is empty or too long. Send “activity” to start again.",
  activity_refused_bad_date: "A date is not valid. Send “activity” to start again.",
  activity_refused_starts_in_past: "The start date has passed. Send “activity” to start again.",
  activity_refused_ends_before_start:
    "The end is before the start. Send “activity” to start again.",
  activity_refused_deadline_outside:
    "The deadline is outside the activity's dates. Send “activity” to start again.",
  activity_refused_bad_audience: "That audience is not valid. Send “activity” to start again.",
  activity_refused_unknown_class: "That class no longer exists. Send “activity” to start again.",
  // lost and damaged books, charges (librarian)
  charge_librarian_only: "Only the librarian can record lost or damaged books and charges.",
  charge_ask_barcode_lost:
    "Scan the barcode of the lost book (an amount may follow it, e.g. “lost A0001 25”):",
  charge_ask_barcode_damaged:
    "Scan the barcode of the damaged book (an amount may follow it, e.g. “damaged A0001 12.5”):",
  charge_bad_amount: (p: { text: string }) =>
    `“${p.text}” is not an amount. Write it in yuan, e.g. 12 or 12.5; 0 when it can be repaired for free.`,
  charge_not_on_loan: (p: { barcode: string }) =>
    `The book with barcode ${p.barcode} is not on loan, so it cannot be charged to a reader. Withdraw a book damaged on the shelf instead.`,
  charge_lost_done: (p: { title: string; amount: string; id: number }) =>
    `Recorded as lost: “${p.title}”, to be paid: ${p.amount} (charge #${p.id}). Send “charges” once it is paid or waived.`,
  charge_lost_free: (p: { title: string }) => `Recorded as lost: “${p.title}”, no charge.`,
  charge_ask_amount:
    "This book has no list price. How much is to be paid (yuan, e.g. 25; 0 for no charge)?",
  charge_damaged_done: (p: { title: string; amount: string; id: number }) =>
    `Recorded as damaged: “${p.title}”, charge ${p.amount} (charge #${p.id}). Send “charges” once it is paid or waived.`,
  charge_damaged_free: (p: { title: string }) =>
    `Recorded as damaged: “${p.title}”, repairable, no charge.`,
  charges_none: "No open charges.",
  charges_pick: (p: { count: number }) =>
    `${p.count} open charge(s). Pick one to record it as paid or waived:`,
  charges_label: (p: {
    id: number;
    name: string;
    className: string;
    title: string;
    amount: string;
    lost: boolean;
  }) =>
    `#${p.id} ${p.name}${p.className ? ` (${p.className})` : ""} “${p.title}” ${p.lost ? "lost" : "damaged"} ${p.amount}`,
  charges_settle: (p: { label: string }) => `${p.label}\nPaid, or waived?`,
  charges_paid_choice: "Paid",
  charges_waive_choice: "Waive",
  charges_back_choice: "Back",
  charges_paid: (p: { id: number }) => `Charge #${p.id} recorded as paid.`,
  charges_waived: (p: { id: number }) => `Charge #${p.id} recorded as waived.`,
  charges_not_open: (p: { id: number }) => `Charge #${p.id} was already settled; nothing changed.`,
  // stats
  stats_private: "Please ask for the figures in a private chat.",
  stats_not_allowed: "Borrowing figures are for class teachers and the librarian.",
  stats_no_classes: "There are no classes yet; import the roster first.",
  stats_overdue: (p: { classes: number; pupils: number; items: number }) =>
    p.items === 0
      ? "Nothing is overdue today."
      : `Overdue today: ${p.items} book(s), ${p.pupils} pupil(s), ${p.classes} class(es). Send “overdue” for the lists.`,
  // student librarians (小管)
  helper_librarian_only: "Only the librarian can name student librarians.",
  helper_ask_card: "Type the pupil's library card number:",
  helper_not_a_student: (p: { card: string }) =>
    `Card ${p.card} is not a pupil's; only pupils can be student librarians.`,
  helper_granted: (p: { card: string }) =>
    `The pupil with card ${p.card} is now a student librarian. Send “duty” → “Assign a duty shift” to give them shifts; during a shift they can work the desk.`,
  helper_revoked: (p: { card: string }) =>
    `The pupil with card ${p.card} is no longer a student librarian.`,
};
