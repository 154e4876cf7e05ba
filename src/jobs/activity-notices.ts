import { addDays } from "../core/dates.ts";
import { today } from "../core/library.ts";
import type { Library } from "../core/library.ts";
import {
  findActivitiesDue,
  findActivitiesStartedBeforeCreated,
  findActivitiesStarting,
} from "../db/notice-activity-repo.ts";
import type { NoticeActivity } from "../db/notice-activity-repo.ts";
import { findClassesWithGrade } from "../db/notice-recipient-repo.ts";
import type { Locale } from "../locale.ts";
import { Digests } from "../outbox/digest.ts";
import { classWideRecipients, hasMuted } from "../outbox/recipients.ts";
import { enqueueAll, windowSince, windowStart } from "./context.ts";
import type { JobContext, JobSummary } from "./context.ts";
import { t } from "../dialogs/texts/index.ts";

type ActivityItem = { kind: "start" | "deadline"; activity: NoticeActivity };

/** The classes an activity's stored audience ({ kind, value? }) names. */
function audienceClasses(
  audience: string,
  classes: { id: number; name: string; grade: number }[],
): number[] {
  let a: { kind?: unknown; value?: unknown };
  try {
    a = JSON.parse(audience) as typeof a;
  } catch {
    return [];
  }
  if (a.kind === "all") return classes.map((c) => c.id);
  if (a.kind === "grade") return classes.filter((c) => c.grade === a.value).map((c) => c.id);
  if (a.kind === "class") return classes.filter((c) => c.name === a.value).map((c) => c.id);
  return [];
}

function line(locale: Locale, { kind, activity: a }: ActivityItem): string[] {
  if (kind === "deadline") {
    return [t(locale, "push_activity_deadline", { name: a.name, deadlineOn: a.deadlineOn ?? "" })];
  }
  const start = t(locale, "push_activity_start", {
    name: a.name,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
  });
  const text = a.description.trim();
  return text ? [start, t(locale, "push_activity_description", { text })] : [start];
}

function render(locale: Locale, items: ActivityItem[]): string {
  const seen = new Set<string>();
  const unique = items.filter(
    (i) => !seen.has(`${i.kind}:${i.activity.id}`) && seen.add(`${i.kind}:${i.activity.id}`),
  );
  return [t(locale, "push_activities_header"), ...unique.flatMap((i) => line(locale, i))].join(
    "\n",
  );
}

/**
 * Daily (08:00): announces each reading activity on its start date (one created after that
 * day's run, while it runs, at the next run), and reminds
 * `activityReminderDays` (2) days before its deadline, to its audience (all, a grade, a class):
 * per class the linked class group when there is one, else its pupils, their guardians and
 * the class teachers. Optional: muted "activities" skips. Several activities on one day make
 * one message per chat; key "activities:<date>:<platform>:<chatId>". Missed days are caught up
 * (see windowStart), never repeated.
 */
export async function activityNotices(lib: Library, ctx: JobContext): Promise<JobSummary> {
  const day = today(lib);
  const from = windowStart(lib, ctx);
  const k = ctx.settings.activityReminderDays;
  // Deadlines whose reminder day (deadline − k) lies in (from, day] and that have not passed.
  const dueAfter = addDays(from, k) > addDays(day, -1) ? addDays(from, k) : addDays(day, -1);
  const [onTime, late, due, classes] = await Promise.all([
    findActivitiesStarting(lib.db, from, day),
    findActivitiesStartedBeforeCreated(lib.db, ctx.previousRunAt ?? windowSince(lib, ctx), day),
    findActivitiesDue(lib.db, dueAfter, addDays(day, k)),
    findClassesWithGrade(lib.db),
  ]);
  const starting = [...new Map([...onTime, ...late].map((a) => [a.id, a])).values()];
  const items: ActivityItem[] = [
    ...starting.map((activity): ActivityItem => ({ kind: "start", activity })),
    ...due.map((activity): ActivityItem => ({ kind: "deadline", activity })),
  ];
  const perItem = items.map((i) => audienceClasses(i.activity.audience, classes));
  const chats = await classWideRecipients(lib.db, [...new Set(perItem.flat())], ctx.defaultLocale);
  const digests = new Digests<ActivityItem>();
  items.forEach((item, n) => {
    for (const classId of perItem[n] ?? []) {
      for (const r of chats.get(classId) ?? [])
        if (!hasMuted(r, "activities")) digests.add(r, item);
    }
  });
  const messages = digests.messages("activity", `activities:${day}`, (to, list) =>
    render(to.locale, list),
  );
  return {
    date: day,
    started: starting.length,
    deadlines: due.length,
    recipients: messages.length,
    enqueued: await enqueueAll(lib, ctx, messages),
  };
}
