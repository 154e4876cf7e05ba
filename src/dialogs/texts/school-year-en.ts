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
} satisfies { [K in keyof typeof schoolYearZh]: (typeof schoolYearZh)[K] };
