import { applyOverdueLevels } from "../core/circulation/overdue-levels.ts";
import { today } from "../core/library.ts";
import type { Library } from "../core/library.ts";
import { findClassNames, findOpenLoansDueBetween } from "../db/notice-loan-repo.ts";
import { Digests } from "../outbox/digest.ts";
import { classTeacherRecipients, hasMuted, patronRecipients } from "../outbox/recipients.ts";
import { enqueueAll, windowStart } from "./context.ts";
import type { JobContext, JobSummary } from "./context.ts";
import { reminderDueRange, reminderItems } from "./reminder-items.ts";
import type { ReminderItem } from "./reminder-items.ts";
import { renderReminder } from "./reminder-text.ts";
import type { ReminderLine } from "./reminder-text.ts";

/** Overdue pupils' class teachers are told from this level on. */
const TEACHER_LEVEL = 2;

async function digestsFor(lib: Library, ctx: JobContext, items: ReminderItem[]) {
  const classIds = items.flatMap((i) =>
    i.level >= TEACHER_LEVEL && i.isPupil && i.classId !== null ? [i.classId] : [],
  );
  const [own, teachers, classNames] = await Promise.all([
    patronRecipients(
      lib.db,
      items.map((i) => i.patronId),
      ctx.defaultLocale,
    ),
    classTeacherRecipients(lib.db, classIds, ctx.defaultLocale),
    findClassNames(lib.db),
  ]);
  const digests = new Digests<ReminderLine>();
  for (const item of items) {
    for (const r of own.get(item.patronId) ?? []) {
      if (item.level > 0 || !hasMuted(r, "due_soon")) digests.add(r, { for: "own", item });
    }
    if (item.level < TEACHER_LEVEL || !item.isPupil || item.classId === null) continue;
    const className = classNames.get(item.classId) ?? "";
    for (const r of teachers.get(item.classId) ?? [])
      digests.add(r, { for: "class", item, className });
  }
  return digests;
}

/**
 * Daily (17:30): raises overdue levels (level 3 suspends the card — applyOverdueLevels), then
 * sends each recipient ONE digest for the day: loans due in policy.dueSoonDays days (optional:
 * muted "due_soon" skips them) and loans that reached overdue level 1–3 since the last run, to
 * the pupil's own account and every guardian; from level 2 the class teacher gets the pupil's
 * line as well (private chat only — a class group never sees a named overdue list). Dedupe key
 * "reminder:<date>:<platform>:<chatId>".
 */
export async function dailyReminders(lib: Library, ctx: JobContext): Promise<JobSummary> {
  const levels = await applyOverdueLevels(lib);
  const day = today(lib);
  const from = windowStart(lib, ctx);
  const range = reminderDueRange(lib.policy, from, day);
  const loans = await findOpenLoansDueBetween(lib.db, range.after, range.upTo);
  const items = reminderItems(lib.policy, loans, from, day);
  const digests = await digestsFor(lib, ctx, items);
  const messages = digests.messages("reminder", `reminder:${day}`, (to, lines) =>
    renderReminder(to.locale, lines),
  );
  const count = (level: number) => items.filter((i) => i.level === level).length;
  return {
    date: day,
    dueSoon: count(0),
    overdue: [count(1), count(2), count(3)],
    suspended: levels.suspended.length,
    recipients: messages.length,
    enqueued: await enqueueAll(lib, ctx, messages),
  };
}
