import { systemActor } from "../core/actor.ts";
import { addDays } from "../core/dates.ts";
import { today } from "../core/library.ts";
import type { Library } from "../core/library.ts";
import { rotaCadences } from "../core/reports/rota-cadence.ts";
import type { ClassCadence } from "../core/reports/rota-cadence.ts";
import { weekRota } from "../core/reports/week-rota.ts";
import type { RotaLine } from "../core/reports/week-rota.ts";
import { Digests } from "../outbox/digest.ts";
import {
  classTeacherRecipients,
  classWideRecipients,
  hasMuted,
  recipientKey,
  selfRecipients,
} from "../outbox/recipients.ts";
import { enqueueAll, inTermWeek } from "./context.ts";
import type { JobContext, JobSummary } from "./context.ts";
import { renderRota } from "./rota-text.ts";
import type { RotaItem } from "./rota-text.ts";

/** Each class's lines in a week: its own borrowing slots and its grade's open days. */
function linesByClass(cadences: Map<number, ClassCadence>, entries: RotaLine[]) {
  const out = new Map<number, RotaLine[]>();
  for (const c of cadences.values()) {
    const lines = entries.filter(
      (e) =>
        (e.kind === "slot" && e.classId === c.classId) ||
        (e.kind === "grade_day" && e.grades.includes(c.grade)),
    );
    if (lines.length > 0) out.set(c.classId, lines);
  }
  return out;
}

/**
 * What each class is told: this week's lines and the school's rule for it; a class that
 * borrows in odd (even) weeks only and has no time this week is told its next week's times.
 */
async function itemsByClass(lib: Library, monday: string, entries: RotaLine[]) {
  const cadences = await rotaCadences(lib);
  const thisWeek = linesByClass(cadences, entries);
  const next = linesByClass(
    cadences,
    (await weekRota(lib, systemActor, addDays(monday, 7))).entries,
  );
  const out = new Map<number, RotaItem[]>();
  for (const c of cadences.values()) {
    const lines = thisWeek.get(c.classId) ?? [];
    const off = lines.length === 0 ? (next.get(c.classId) ?? []) : [];
    if (lines.length === 0 && off.length === 0) continue;
    const rule = { kind: "cadence", ...c, next: off } as const;
    out.set(c.classId, [...lines.map((line) => ({ kind: "class", line }) as const), rule]);
  }
  return out;
}

/**
 * Monday (07:30): this week's rota (weeks counted like the rota dialog, odd/even entries only
 * in their weeks) with each class's own rule from the rota (every week, or odd/even weeks; a
 * class off this week is told its next times). Each class's borrowing slots and grade open days
 * go to its class teachers and to the class as a class-wide notice (its linked groups, and the
 * families not known to be in them: `classWideRecipients`; muted "rota" skips); each duty
 * shift goes to the student librarian's own account. One message per chat; key "rota:<monday>:<platform>:<chat>".
 * Nothing in the school holidays (no term covers the week).
 */
export async function weeklyRota(lib: Library, ctx: JobContext): Promise<JobSummary> {
  if (!inTermWeek(lib, today(lib))) return { date: today(lib), holidays: true, enqueued: 0 };
  const rota = await weekRota(lib, systemActor, today(lib));
  const byClass = await itemsByClass(lib, rota.monday, rota.entries);
  const classIds = [...byClass.keys()];
  const duties = rota.entries.filter((e) => e.kind === "duty" && e.patronId !== null);
  const [teachers, wide, helpers] = await Promise.all([
    classTeacherRecipients(lib.db, classIds, ctx.defaultLocale),
    classWideRecipients(lib.db, classIds, ctx.defaultLocale),
    selfRecipients(
      lib.db,
      duties.map((d) => d.patronId ?? 0),
      ctx.defaultLocale,
    ),
  ]);
  const digests = new Digests<RotaItem>();
  for (const [classId, items] of byClass) {
    const chats = [...(teachers.get(classId) ?? []), ...(wide.get(classId) ?? [])];
    const once = new Map(chats.map((r) => [recipientKey(r), r]));
    for (const r of once.values())
      if (!hasMuted(r, "rota")) for (const i of items) digests.add(r, i);
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
