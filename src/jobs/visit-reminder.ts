import { mondayOf } from "../core/dates.ts";
import { today } from "../core/library.ts";
import type { Library } from "../core/library.ts";
import { findClassesWithGrade } from "../db/notice-recipient-repo.ts";
import { countVisitsByClass } from "../db/visit-repo.ts";
import { t } from "../dialogs/texts/index.ts";
import { Digests } from "../outbox/digest.ts";
import { classTeacherRecipients } from "../outbox/recipients.ts";
import { enqueueAll, inTermWeek } from "./context.ts";
import type { JobContext, JobSummary } from "./context.ts";

/**
 * Thursday: each class teacher whose class has no library visit (到馆) recorded since Monday is
 * reminded that the plan asks for at least one a week — privately, one message per teacher
 * account covering their classes. Nothing in the school holidays. Key
 * "visit-missing:<monday>:<platform>:<chatId>".
 */
export async function visitReminder(lib: Library, ctx: JobContext): Promise<JobSummary> {
  const day = today(lib);
  if (!inTermWeek(lib, day)) return { date: day, holidays: true, enqueued: 0 };
  const monday = mondayOf(day);
  const visits = await countVisitsByClass(lib.db, monday, day);
  const missing = (await findClassesWithGrade(lib.db)).filter((c) => !visits.has(c.id));
  const teachers = await classTeacherRecipients(
    lib.db,
    missing.map((c) => c.id),
    ctx.defaultLocale,
  );
  const digests = new Digests<string>();
  for (const c of missing) for (const to of teachers.get(c.id) ?? []) digests.add(to, c.name);
  const messages = digests.messages("reminder", `visit-missing:${monday}`, (to, names) =>
    names.map((className) => t(to.locale, "push_visit_missing", { className })).join("\n"),
  );
  return {
    date: day,
    classes: missing.length,
    recipients: messages.length,
    enqueued: await enqueueAll(lib, ctx, messages),
  };
}
