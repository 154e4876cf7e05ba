import { systemActor } from "../core/actor.ts";
import { today } from "../core/library.ts";
import type { Library } from "../core/library.ts";
import { overdueForClass } from "../core/reports/overdue.ts";
import type { ClassOverdue } from "../core/reports/overdue.ts";
import { findClassesWithGrade } from "../db/notice-recipient-repo.ts";
import type { Locale } from "../locale.ts";
import { Digests } from "../outbox/digest.ts";
import { classTeacherRecipients } from "../outbox/recipients.ts";
import { enqueueAll, inTermWeek } from "./context.ts";
import type { JobContext, JobSummary } from "./context.ts";
import { t } from "../dialogs/texts/index.ts";

function render(locale: Locale, lists: ClassOverdue[]): string {
  const lines = lists.flatMap((list) => [
    t(locale, "push_week_overdue", {
      className: list.className,
      pupils: list.pupils.length,
      items: list.pupils.reduce((n, p) => n + p.items.length, 0),
    }),
    ...list.pupils.flatMap((p) =>
      p.items.map((i) =>
        t(locale, "push_class_overdue_line", { name: p.name, title: i.title, days: i.daysLate }),
      ),
    ),
  ]);
  return [...lines, t(locale, "push_class_overdue_hint")].join("\n");
}

/**
 * Monday (07:35): each class teacher gets the overdue list of the classes they head, one
 * message per teacher's account, in their private chat (never a group: it names pupils). A
 * class with nothing overdue sends nothing. Not optional, like every overdue notice. Key
 * "overdue-week:<date>:<platform>:<chatId>". Nothing in the school holidays.
 */
export async function weeklyOverdue(lib: Library, ctx: JobContext): Promise<JobSummary> {
  const day = today(lib);
  if (!inTermWeek(lib, day)) return { date: day, holidays: true, enqueued: 0 };
  const classes = await findClassesWithGrade(lib.db);
  const teachers = await classTeacherRecipients(
    lib.db,
    classes.map((c) => c.id),
    ctx.defaultLocale,
  );
  const digests = new Digests<ClassOverdue>();
  let listed = 0;
  for (const { id } of classes) {
    const to = teachers.get(id) ?? [];
    if (to.length === 0) continue;
    const list = await overdueForClass(lib, systemActor, id);
    if (!list.ok || list.value.pupils.length === 0) continue;
    listed += 1;
    for (const r of to) digests.add(r, list.value);
  }
  const messages = digests.messages("reminder", `overdue-week:${day}`, (to, lists) =>
    render(to.locale, lists),
  );
  return {
    date: day,
    classes: listed,
    recipients: messages.length,
    enqueued: await enqueueAll(lib, ctx, messages),
  };
}
