import type { noticesZh } from "./notices-zh.ts";

/** en texts of scheduled notices: exactly the keys of notices-zh.ts (checked by tsc). */
export const noticesEn = {
  push_weekday: (p: { day: number }) =>
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][p.day - 1] ?? "",
  push_for: (p: { name: string }) => `[${p.name}]`,
  // daily reminders
  push_reminder_header: "Library reminder:",
  push_due_soon: (p: { title: string; due: string }) =>
    `"${p.title}" is due on ${p.due}. Please return it on time, or send "renew".`,
  push_overdue: (p: { title: string; due: string; days: number }) =>
    `"${p.title}" was due on ${p.due} and is ${p.days} day(s) late. Please return it soon.`,
  push_overdue_teacher_told: "The class teacher has been told as well.",
  push_suspended: (p: { name: string }) =>
    `${p.name}'s card is suspended (no borrowing instead of fines) until every late book is back.`,
  push_class_overdue: (p: { className: string }) => `Long-overdue books in class ${p.className}:`,
  push_class_overdue_line: (p: { name: string; title: string; days: number }) =>
    `· ${p.name} "${p.title}", ${p.days} day(s) late`,
  push_week_overdue: (p: { className: string; pupils: number; items: number }) =>
    `Class ${p.className} this week: ${p.pupils} pupil(s), ${p.items} overdue book(s)`,
  push_class_overdue_hint:
    'Please remind them to return the books. Send "overdue" for the full list.',
  // holds
  push_hold_ready: (p: { name: string; title: string; pickupBy: string }) =>
    `"${p.title}", reserved for ${p.name}, is ready. Please pick it up at the library by ${p.pickupBy}.`,
  push_hold_last_day: (p: { name: string; title: string; pickupBy: string }) =>
    `Please pick up "${p.title}" for ${p.name} by ${p.pickupBy}; after that it goes to the next reader.`,
  push_hold_expired: (p: { name: string; title: string }) =>
    `${p.name}'s reservation of "${p.title}" was not picked up in time and has been cancelled.`,
  push_holds_header: "Reservations:",
  push_hold_moved: (p: { name: string; title: string; from: number; to: number }) =>
    `${p.name} moved up the queue for "${p.title}": now number ${p.to} (was ${p.from}).`,
  // weekly rota
  push_rota_header: (p: { week: number; monday: string }) =>
    `This week's library times (week ${p.week}, from ${p.monday}):`,
  push_rota_slot: (p: {
    day: string;
    date: string;
    start: string;
    end: string;
    className: string;
  }) => `${p.day} ${p.date} ${p.start}–${p.end} class ${p.className}`,
  push_rota_grade_day: (p: {
    day: string;
    date: string;
    start: string;
    end: string;
    grades: string;
  }) => `${p.day} ${p.date} ${p.start}–${p.end} open day for grade(s) ${p.grades}`,
  push_rota_every: (p: { classes: string }) =>
    `Class(es) ${p.classes} borrow at the library every week.`,
  push_rota_alternate: (p: { classes: string; weeks: "odd" | "even"; week: number }) =>
    `Class(es) ${p.classes} borrow in ${p.weeks} weeks (every other week); this is week ${p.week}, their week.`,
  push_rota_off: (p: { className: string; weeks: "odd" | "even"; week: number }) =>
    `Class ${p.className} borrows in ${p.weeks} weeks (every other week); this week (week ${p.week}) is not theirs. Next time:`,
  push_duty_header: "Your desk duty this week:",
  push_duty_line: (p: { day: string; date: string; start: string; end: string }) =>
    `${p.day} ${p.date} ${p.start}–${p.end}`,
  // weekly figures
  push_figures_header: (p: { from: string; to: string }) =>
    `Borrowing this week (${p.from} to ${p.to}):`,
  push_figures_line: (p: {
    rank: number;
    className: string;
    loans: number;
    readers: number;
    perPupil: number;
    target: number;
    onTrack: boolean;
  }) =>
    `${p.rank}. class ${p.className}: ${p.loans} loan(s) by ${p.readers} reader(s) this week; ${p.perPupil} per pupil this term (target ${p.target})${p.onTrack ? " ✓" : ", behind"}`,
  push_figures_top: "Top reading classes (books per pupil this term):",
  push_figures_yours: "Your class:",
  push_figures_group: (p: {
    className: string;
    from: string;
    to: string;
    loans: number;
    readers: number;
    termLoans: number;
    perPupil: number;
    target: number;
    onTrack: boolean;
    grade: number;
    gradeRank: number;
    gradeClasses: number;
  }) =>
    [
      `Class ${p.className} this week (${p.from} to ${p.to}): ${p.loans} loan(s) by ${p.readers} reader(s).`,
      `This term: ${p.termLoans} loan(s), ${p.perPupil} per pupil (target ${p.target})${p.onTrack ? " ✓" : ", behind"}.`,
      `Rank ${p.gradeRank} of ${p.gradeClasses} classes in grade ${p.grade} (books per pupil this term).`,
    ].join("\n"),
  chart_title: (p: { className: string; from: string; to: string }) =>
    `Class ${p.className} borrowing (${p.from} to ${p.to})`,
  chart_bars: (p: { grade: number }) => `Loans this week, grade ${p.grade}`,
  chart_curve: (p: { className: string }) => `Class ${p.className}: loans this term, week by week`,
  chart_actual: "actual",
  chart_target: (p: { target: number }) => `target ${p.target}`,
  chart_file: (p: { className: string; from: string }) => `figures-${p.className}-${p.from}.png`,
  chart_caption: (p: { className: string }) => `Class ${p.className} borrowing chart`,
  // activities
  push_activities_header: "Reading activities:",
  push_activity_start: (p: { name: string; startsOn: string; endsOn: string }) =>
    `"${p.name}" starts today (${p.startsOn} to ${p.endsOn}). Join in!`,
  push_activity_deadline: (p: { name: string; deadlineOn: string }) =>
    `"${p.name}": entries close on ${p.deadlineOn}. Don't miss it.`,
  push_activity_description: (p: { text: string }) => `  ${p.text}`,
  // term-end recall
  push_recall_header: (p: { returnBy: string }) =>
    `End of term: please return all library books by ${p.returnBy}:`,
  push_recall_item: (p: { title: string; due: string }) => `· "${p.title}" (due ${p.due})`,
  // broadcast report
  push_broadcast_report: (p: { id: number; at: string; sent: number; failed: number }) =>
    `Broadcast #${p.id} (${p.at}) is done: delivered to ${p.sent}, failed for ${p.failed}.`,
  push_broadcast_reason: (p: { reason: string; count: number }) => `· ${p.reason}: ${p.count}`,
  // suggestion box
  push_suggestion_answer: (p: {
    kind: "suggestion" | "purchase";
    answer: "accepted" | "ordered" | "not_possible";
    reply: string;
    excerpt: string;
  }) =>
    `Your ${p.kind === "purchase" ? "purchase request" : "suggestion"} "${p.excerpt}" has an answer: ${
      { accepted: "accepted", ordered: "ordered", not_possible: "not possible for now" }[p.answer]
    }. ${p.reply}`,
  push_purchase_arrived: (p: { title: string }) =>
    `New book: "${p.title}", which you asked the library to buy, has arrived. Send "${p.title}" to see the copies or reserve one.`,
  // cards
  push_card_lost: (p: { name: string; cardNumber: string }) =>
    `Lost card: ${p.name}'s card ${p.cardNumber} is reported lost and blocked. To issue a new one, send "reissue ${p.cardNumber}".`,
} satisfies { [K in keyof typeof noticesZh]: (typeof noticesZh)[K] };
