import { systemActor } from "../core/actor.ts";
import { today } from "../core/library.ts";
import type { Library } from "../core/library.ts";
import { weekRota } from "../core/reports/week-rota.ts";
import type { RotaLine } from "../core/reports/week-rota.ts";
import { findClassesWithGrade } from "../db/notice-recipient-repo.ts";
import { Digests } from "../outbox/digest.ts";
import {
  classGroupRecipients,
  classTeacherRecipients,
  hasMuted,
  selfRecipients,
} from "../outbox/recipients.ts";
import { enqueueAll, inTermWeek } from "./context.ts";
import type { JobContext, JobSummary } from "./context.ts";
import { renderRota } from "./rota-text.ts";
import type { RotaItem } from "./rota-text.ts";

/** Each class's lines this week: its own borrowing slots and its grade's open days. */
async function linesByClass(lib: Library, entries: RotaLine[]): Promise<Map<number, RotaLine[]>> {
  const out = new Map<number, RotaLine[]>();
  for (const c of await findClassesWithGrade(lib.db)) {
    const lines = entries.filter(
      (e) =>
        (e.kind === "slot" && e.classId === c.id) ||
        (e.kind === "grade_day" && e.grades.includes(c.grade)),
    );
    if (lines.length > 0) out.set(c.id, lines);
  }
  return out;
}

/**
 * Monday (07:30): this week's rota (weeks counted like the rota dialog, odd/even entries only
 * in their weeks). Each class's borrowing slots and grade open days go to its class teachers
 * (optional: muted "rota" skips) and its linked class groups; each duty shift goes to the
 * student librarian's own account. One message per chat; key "rota:<monday>:<platform>:<chat>".
 * Nothing in the school holidays (no term covers the week).
 */
export async function weeklyRota(lib: Library, ctx: JobContext): Promise<JobSummary> {
  if (!inTermWeek(lib, today(lib))) return { date: today(lib), holidays: true, enqueued: 0 };
  const rota = await weekRota(lib, systemActor, today(lib));
  const byClass = await linesByClass(lib, rota.entries);
  const classIds = [...byClass.keys()];
  const duties = rota.entries.filter((e) => e.kind === "duty" && e.patronId !== null);
  const [teachers, groups, helpers] = await Promise.all([
    classTeacherRecipients(lib.db, classIds, ctx.defaultLocale),
    classGroupRecipients(lib.db, classIds, ctx.defaultLocale),
    selfRecipients(
      lib.db,
      duties.map((d) => d.patronId ?? 0),
      ctx.defaultLocale,
    ),
  ]);
  const digests = new Digests<RotaItem>();
  for (const [classId, lines] of byClass) {
    const chats = [...(teachers.get(classId) ?? []), ...(groups.get(classId) ?? [])];
    for (const r of chats)
      if (!hasMuted(r, "rota")) for (const line of lines) digests.add(r, { kind: "class", line });
  }
  for (const line of duties) {
    for (const r of helpers.get(line.patronId ?? 0) ?? [])
      if (!hasMuted(r, "rota")) digests.add(r, { kind: "duty", line });
  }
  const messages = digests.messages("rota", `rota:${rota.monday}`, (to, items) =>
    renderRota(to.locale, rota, items),
  );
  return {
    week: rota.monday,
    classes: byClass.size,
    duties: duties.length,
    recipients: messages.length,
    enqueued: await enqueueAll(lib, ctx, messages),
  };
}
