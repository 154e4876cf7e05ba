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
