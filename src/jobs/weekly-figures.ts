import { systemActor } from "../core/actor.ts";
import { today } from "../core/library.ts";
import type { Library } from "../core/library.ts";
import { classFigures } from "../core/reports/class-figures.ts";
import type { ClassFigure } from "../core/reports/class-figures.ts";
import type { Locale } from "../dialogs/texts/index.ts";
import { Digests } from "../outbox/digest.ts";
import { bindingRecipients, classTeacherRecipients, hasMuted } from "../outbox/recipients.ts";
import { enqueueAll, inTermWeek } from "./context.ts";
import type { JobContext, JobSummary } from "./context.ts";
import { nt } from "./notice-text.ts";

/** A teacher sees their own classes and the top three; the librarian every class. */
type FiguresItem = { kind: "class"; figure: ClassFigure } | { kind: "all" };

const TOP = 3;

function figureLine(locale: Locale, f: ClassFigure): string {
  return nt(locale, "push_figures_line", {
    rank: f.rank,
    className: f.className,
    loans: f.loansThisWeek,
    readers: f.readersThisWeek,
    perPupil: f.perPupilThisTerm,
    target: f.target,
    onTrack: f.onTrack,
  });
}

function render(
  locale: Locale,
  week: { from: string; to: string },
  all: ClassFigure[],
  items: FiguresItem[],
) {
  const out = [nt(locale, "push_figures_header", week)];
  if (items.some((i) => i.kind === "all"))
    return [...out, ...all.map((f) => figureLine(locale, f))].join("\n");
  const mine = items.flatMap((i) => (i.kind === "class" ? [i.figure] : []));
  out.push(nt(locale, "push_figures_yours"), ...mine.map((f) => figureLine(locale, f)));
  out.push(nt(locale, "push_figures_top"), ...all.slice(0, TOP).map((f) => figureLine(locale, f)));
  return out.join("\n");
}

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
  const all = [...r.value.classes].sort(
    (a, b) => a.rank - b.rank || a.className.localeCompare(b.className),
  );
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
    render(to.locale, week, all, items),
  );
  return {
    week: week.from,
    classes: all.length,
    recipients: messages.length,
    enqueued: await enqueueAll(lib, ctx, messages),
  };
}
