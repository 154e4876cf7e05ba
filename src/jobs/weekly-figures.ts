import { systemActor } from "../core/actor.ts";
import { today } from "../core/library.ts";
import type { Library } from "../core/library.ts";
import { classFigures } from "../core/reports/class-figures.ts";
import type { ClassFigure } from "../core/reports/class-figures.ts";
import { byRank, figuresText } from "../dialogs/texts/figures.ts";
import { Digests } from "../outbox/digest.ts";
import { bindingRecipients, classTeacherRecipients, hasMuted } from "../outbox/recipients.ts";
import { enqueueAll, inTermWeek } from "./context.ts";
import type { JobContext, JobSummary } from "./context.ts";

/** A teacher sees their own classes and the top three; the librarian every class. */
type FiguresItem = { kind: "class"; figure: ClassFigure } | { kind: "all" };

const mineOf = (items: FiguresItem[]): ClassFigure[] | "all" =>
  items.some((i) => i.kind === "all")
    ? "all"
    : items.flatMap((i) => (i.kind === "class" ? [i.figure] : []));

/**
 * Friday (16:00): the week's class borrowing figures (classFigures: loans, readers, books per
 * pupil this term against the target, ranking — counts only, no names). Each class teacher gets
 * their classes and the top three (阳光阅读班级); each librarian the whole ranking. Optional:
 * muted "figures" skips. Key "figures:<monday>:<platform>:<chatId>". Nothing in the holidays.
 */
export async function weeklyFigures(lib: Library, ctx: JobContext): Promise<JobSummary> {
  if (!inTermWeek(lib, today(lib))) return { date: today(lib), holidays: true, enqueued: 0 };
  const r = await classFigures(lib, systemActor, { date: today(lib) });
  if (!r.ok) throw new Error(`class figures refused: ${r.code}`);
  const all = byRank(r.value.classes);
  const [teachers, librarians] = await Promise.all([
    classTeacherRecipients(
      lib.db,
      all.map((f) => f.classId),
      ctx.defaultLocale,
    ),
    bindingRecipients(lib.db, "librarian", ctx.defaultLocale),
  ]);
  const digests = new Digests<FiguresItem>();
  for (const figure of all) {
    for (const t of teachers.get(figure.classId) ?? [])
      if (!hasMuted(t, "figures")) digests.add(t, { kind: "class", figure });
  }
  for (const l of librarians) if (!hasMuted(l, "figures")) digests.add(l, { kind: "all" });
  const week = r.value.week;
  const messages = digests.messages("figures", `figures:${week.from}`, (to, items) =>
    figuresText(to.locale, week, all, mineOf(items)),
  );
  return {
    week: week.from,
    classes: all.length,
    recipients: messages.length,
    enqueued: await enqueueAll(lib, ctx, messages),
  };
}
