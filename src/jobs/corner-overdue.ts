import { addDays, daysBetween } from "../core/dates.ts";
import type { IsoDate } from "../core/dates.ts";
import { today } from "../core/library.ts";
import type { Library } from "../core/library.ts";
import { findLateCornerBatches } from "../db/corner-repo.ts";
import { t } from "../dialogs/texts/index.ts";
import { Digests } from "../outbox/digest.ts";
import { classTeacherRecipients } from "../outbox/recipients.ts";
import { enqueueAll, windowStart } from "./context.ts";
import type { JobContext, JobSummary } from "./context.ts";

type LateBatch = Awaited<ReturnType<typeof findLateCornerBatches>>[number];

/** Whether a batch due on `dueOn` is 1, 8, 15… days late on some day in (from, to]. */
function toldBetween(dueOn: IsoDate, from: IsoDate, to: IsoDate): boolean {
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    const late = daysBetween(dueOn, d);
    if (late >= 1 && (late - 1) % 7 === 0) return true;
  }
  return false;
}

/**
 * Daily (with the reminders): a class-corner batch (集体借阅) with copies still out after its
 * due date reaches the class teachers, who answer for it — never the pupils or the class
 * group. Told on its first late day and again each week it stays late; one message per teacher
 * account covering all their classes. A run covers the days since the last one (missed days
 * caught up). Key "corner-overdue:<date>:<platform>:<chatId>".
 */
export async function cornerOverdue(lib: Library, ctx: JobContext): Promise<JobSummary> {
  const day = today(lib);
  const from = windowStart(lib, ctx);
  const late = (await findLateCornerBatches(lib.db, day)).filter((b) =>
    toldBetween(b.dueOn, from, day),
  );
  const teachers = await classTeacherRecipients(
    lib.db,
    late.map((b) => b.classId),
    ctx.defaultLocale,
  );
  const digests = new Digests<LateBatch>();
  for (const b of late) for (const to of teachers.get(b.classId) ?? []) digests.add(to, b);
  const messages = digests.messages("reminder", `corner-overdue:${day}`, (to, batches) =>
    batches.map((b) => t(to.locale, "push_corner_overdue", b)).join("\n"),
  );
  return {
    date: day,
    batches: late.length,
    recipients: messages.length,
    enqueued: await enqueueAll(lib, ctx, messages),
  };
}
