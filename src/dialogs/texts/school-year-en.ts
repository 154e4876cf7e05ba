import type { schoolYearZh } from "./school-year-zh.ts";

/** en texts of the school year's practices: exactly the keys of school-year-zh.ts (checked by tsc). */
export const schoolYearEn = {
  clearance_not_librarian: "Only the librarian sees the leaving-school clearance report.",
  clearance_private: "The clearance report names pupils: please open it in a private chat.",
  push_clearance_family: (p: { name: string; className: string; returnBy: string | null }) =>
    p.returnBy
      ? `Leaving school: ${p.name} (class ${p.className}) leaves soon. Please return these books and settle these payments by ${p.returnBy}:`
      : `Leaving school: ${p.name} (class ${p.className}) has left. Please return these books and settle these payments at the library soon:`,
  push_clearance_loan: (p: { title: string; barcode: string }) =>
    `· return "${p.title}" (barcode ${p.barcode})`,
  push_clearance_charge: (p: { title: string; lost: boolean; amount: string }) =>
    `· pay for "${p.title}" (${p.lost ? "lost" : "damaged"}) ${p.amount}`,
  push_clearance_family_footer: "Already done, or a question? Please contact the librarian.",
  push_clearance_teacher_header: (p: { returnBy: string | null }) =>
    p.returnBy
      ? `Leaving-school clearance (everything back by ${p.returnBy}):`
      : "Leaving-school clearance (pupils who have left):",
  push_clearance_class: (p: { className: string; pupils: number }) =>
    p.pupils === 0
      ? `Class ${p.className}: all clear.`
      : `Class ${p.className}: ${p.pupils} pupil(s) still owe`,
  push_clearance_pupil: (p: { name: string; items: string }) => `· ${p.name}: ${p.items}`,
  push_clearance_item_loan: (p: { title: string }) => `"${p.title}" not returned`,
  push_clearance_item_charge: (p: { title: string; amount: string }) =>
    `"${p.title}" to pay ${p.amount}`,
  push_clearance_teacher_footer:
    'The families have been told privately. Send "overdue" for the class\'s loans.',
  push_clearance_report_header: (p: {
    date: string;
    pupils: number;
    books: number;
    amount: string;
  }) =>
    `Leaving-school clearance (${p.date}): ${p.pupils} pupil(s) still owe, ${p.books} book(s) out, ${p.amount} to pay.`,
  push_clearance_report_term: (p: { grades: string; term: string; returnBy: string }) =>
    `Graduating grade(s) ${p.grades}: everything back by ${p.returnBy} (last open day of ${p.term}):`,
  push_clearance_report_grades: (p: { grades: string }) => `Graduating grade(s) ${p.grades}:`,
  push_clearance_report_class: (p: {
    className: string;
    pupils: number;
    books: number;
    amount: string;
  }) => `· class ${p.className}: ${p.pupils} pupil(s), ${p.books} book(s), ${p.amount} to pay`,
  push_clearance_report_classes_none: "· all clear.",
  push_clearance_report_left: (p: { pupils: number }) =>
    `Pupils who have left and still owe: ${p.pupils}`,
  push_clearance_report_left_pupil: (p: { name: string; className: string; items: string }) =>
    `· ${p.name} (${p.className}): ${p.items}`,
  corner_private: "Please handle class corners in a private chat.",
  corner_not_desk_staff: "Only the librarian and student librarians on duty lend to class corners.",
  corner_no_classes: "There are no classes yet: import the roster first.",
  corner_choose: "Class book corner (collective loan):",
  corner_choice_lend: "Lend to a class",
  corner_choice_return: "Take back",
  corner_open_not_desk_staff: (_p: { className: string }) =>
    "Only the librarian and student librarians on duty lend to class corners.",
  corner_open_unknown_class: (p: { className: string }) => `There is no class ${p.className}.`,
  corner_open_bad_date: (_p: { className: string }) =>
    "Write the due date like 2027-01-08, today or later.",
  corner_open_no_term_end: (_p: { className: string }) =>
    "We are not in a term: give the due date, e.g. corner 3-2 2027-01-08",
  corner_lend_scan: (p: { className: string; dueOn: string }) =>
    `Lending to class ${p.className}'s corner, due ${p.dueOn}, the class teacher responsible. Send the barcodes one per message, then "done":`,
  corner_scan_next: 'Next barcode (or "done"):',
  corner_lent: (p: { title: string; lent: number; className: string }) =>
    `✓ "${p.title}" to class ${p.className}'s corner (${p.lent} in this batch)`,
  corner_lend_not_desk_staff: (_p: { barcode: string }) => "You cannot lend to class corners now.",
  corner_lend_unknown_batch: (_p: { barcode: string }) =>
    "This batch is no longer valid. Please start again.",
  corner_lend_unknown_copy: (p: { barcode: string }) => `✗ No copy has barcode ${p.barcode}.`,
  corner_lend_reference_only: (p: { barcode: string }) =>
    `✗ ${p.barcode} is a reference book: it stays in the library.`,
  corner_lend_in_corner: (p: { barcode: string }) => `✗ ${p.barcode} is already in a class corner.`,
  corner_lend_not_available: (p: { barcode: string }) =>
    `✗ ${p.barcode} is not on the shelf (on loan or kept for a reservation).`,
  corner_lend_done: (p: { className: string; dueOn: string; lent: number }) =>
    `Done: ${p.lent} book(s) lent to class ${p.className}'s corner, due ${p.dueOn}; the class teacher is responsible.`,
  corner_return_scan: 'Send the class-corner barcodes one per message, then "done":',
  corner_returned: (p: { title: string; className: string; stillOut: number }) =>
    `✓ "${p.title}" back from class ${p.className}'s corner (${p.stillOut} of that batch still out)`,
  corner_return_not_desk_staff: (_p: { barcode: string }) =>
    "You cannot take back class-corner books now.",
  corner_return_unknown_copy: (p: { barcode: string }) => `✗ No copy has barcode ${p.barcode}.`,
  corner_return_not_in_corner: (p: { barcode: string }) =>
    `✗ ${p.barcode} is not in a class corner.`,
  corner_return_done: (p: { back: number }) => `Done: ${p.back} book(s) taken back.`,
  corner_class_header: (p: { className: string; count: number }) =>
    `Class ${p.className}'s corner holds ${p.count} library book(s) (the class teacher answers for them):`,
  corner_class_book: (p: { title: string; barcode: string; dueOn: string }) =>
    `· "${p.title}" (barcode ${p.barcode}), due ${p.dueOn}`,
  corner_class_none: (p: { className: string }) =>
    `Class ${p.className}'s corner holds no library books now.`,
  visit_private: "Please record visits and lessons in a private chat.",
  visit_not_allowed: (_p: { className: string }) =>
    "Only class teachers, student librarians on duty and the librarian record visits.",
  visit_unknown_class: (p: { className: string }) => `There is no class ${p.className}.`,
  visit_not_your_class: (p: { className: string }) =>
    `You are not the class teacher of ${p.className}.`,
  visit_already_recorded: (p: { className: string }) =>
    `Class ${p.className} is already recorded today.`,
  visit_recorded: (p: { className: string; on: string }) =>
    `Recorded: class ${p.className} visited the library on ${p.on}.`,
  visit_lesson_recorded: (p: { className: string; on: string }) =>
    `Recorded: class ${p.className}'s reading-room lesson on ${p.on}.`,
  push_figures_visits: (p: { visits: number }) => `; ${p.visits} library visit(s) this week`,
  push_visit_missing: (p: { className: string }) =>
    `Class ${p.className} has not visited the library this week (the plan: at least once a week). After the visit, send "visit ${p.className}" to record it.`,
  push_corner_overdue: (p: { className: string; dueOn: string; out: number }) =>
    `Class book corner: ${p.out} book(s) lent to class ${p.className} were due on ${p.dueOn}. Please have them brought back to the library.`,
  push_figures_corner: (p: { out: number; lent: number }) =>
    `; class corner: ${p.out} book(s) now (${p.lent} lent this term)`,
} satisfies { [K in keyof typeof schoolYearZh]: (typeof schoolYearZh)[K] };
