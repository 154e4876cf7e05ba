import type { recognitionZh } from "./recognition-zh.ts";

/** en texts of the monthly recognition: the keys of recognition-zh.ts. */
export const recognitionEn: { [K in keyof typeof recognitionZh]: (typeof recognitionZh)[K] } = {
  push_reader_of_month_family: (p) =>
    `🎉 ${p.name} (class ${p.className}) is the reader of the month for month ${p.month}: ${p.books} books returned, the most in the class. Keep it up!`,
  push_reader_of_month_group_count: (p) =>
    `In month ${p.month}, ${p.count} pupil(s) of class ${p.className} borrowed ${p.min} or more books. The reader of the month's family has been told privately; come and borrow!`,
  push_reader_of_month_group_named: (p) =>
    `Reader of the month ${p.month}, class ${p.className}: ${p.names} (${p.books} books returned). ${p.count} pupil(s) borrowed ${p.min} or more; come and borrow!`,
  push_reader_of_month_teacher: (p) =>
    `Reader of the month ${p.month}, class ${p.className}: ${p.names} (${p.books} books returned); ${p.count} pupil(s) borrowed ${p.min} or more.`,
  push_sunshine_helper: (p) =>
    `☀️ ${p.name} is the sunshine librarian of month ${p.month}: ${p.shifts} duty shifts kept. Thank you for helping the library!`,
  push_recognition_report_header: (p) =>
    `Recognition for month ${p.month} (reader of the month: most books returned in the class, at least ${p.min}):`,
  push_recognition_report_class: (p) =>
    `· ${p.className}: ${p.names} (${p.books} books; ${p.count} reached the minimum)`,
  push_recognition_report_no_class: "· Nobody reached the minimum.",
  push_recognition_report_helpers: (p) =>
    `Sunshine librarian: ${p.names} (${p.shifts} shifts kept)`,
  push_recognition_report_no_helper: "Sunshine librarian: no duty shift was kept this month.",
  push_recognition_report_privacy: (p) =>
    p.named
      ? "Class groups were told the readers of the month (names masked)."
      : "Class groups heard only how many pupils reached the minimum; the families were told privately.",
};
