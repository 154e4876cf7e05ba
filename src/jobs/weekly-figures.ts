import { systemActor } from "../core/actor.ts";
import { today } from "../core/library.ts";
import type { Library } from "../core/library.ts";
import { classFigures } from "../core/reports/class-figures.ts";
import type { ClassFigure, ClassFigures } from "../core/reports/class-figures.ts";
import { termCurves } from "../core/reports/term-curve.ts";
import type { OutboundMessage } from "../core/broadcasts/outbound.ts";
import { figuresPicture, groupFiguresText } from "../dialogs/texts/figures-chart.ts";
import { byRank, figuresText } from "../dialogs/texts/figures.ts";
import { Digests } from "../outbox/digest.ts";
import {
  bindingRecipients,
  classGroupRecipients,
  classTeacherRecipients,
  hasMuted,
  recipientKey,
} from "../outbox/recipients.ts";
import type { ReplyFile } from "../messages.ts";
import { enqueueAll, inTermWeek } from "./context.ts";
import type { JobContext, JobSummary } from "./context.ts";

/** A teacher sees their own classes and the top three; the librarian every class. */
type FiguresItem = { kind: "class"; figure: ClassFigure } | { kind: "all" };

const mineOf = (items: FiguresItem[]): ClassFigure[] | "all" =>
  items.some((i) => i.kind === "all")
    ? "all"
    : items.flatMap((i) => (i.kind === "class" ? [i.figure] : []));

/**
 * Each linked class group's message: the class's totals and rank in its grade (no names), with
 * the class's chart as a picture, drawn once per class and language. Key
 * "figures:<monday>:<platform>:<chatId>" like the teachers'.
 */
async function groupMessages(
  lib: Library,
  ctx: JobContext,
  figures: ClassFigures,
  all: ClassFigure[],
): Promise<OutboundMessage[]> {
  const groups = await classGroupRecipients(
    lib.db,
    all.map((f) => f.classId),
    ctx.defaultLocale,
  );
  if (groups.size === 0) return [];
  const curves = await termCurves(lib, systemActor, {
    date: today(lib),
    classIds: [...groups.keys()],
  });
  if (!curves.ok) throw new Error(`term curves refused: ${curves.code}`);
  const out: OutboundMessage[] = [];
  for (const f of all) {
    const pictures = new Map<string, ReplyFile>();
    for (const g of groups.get(f.classId) ?? []) {
      const image =
        pictures.get(g.locale) ??
        (await figuresPicture(g.locale, figures.week, all, f, curves.value));
      pictures.set(g.locale, image);
      out.push({
        dedupeKey: `figures:${figures.week.from}:${recipientKey(g)}`,
        platform: g.platform,
        chatId: g.chatId,
        kind: "figures",
        text: groupFiguresText(g.locale, figures.week, all, f),
        image,
      });
    }
  }
  return out;
}

/**
 * Friday (16:00): the week's class borrowing figures (classFigures: loans, readers, books per
 * pupil this term against the target, ranking — counts only, no names). Each class teacher gets
 * their classes and the top three (阳光阅读班级); each librarian the whole ranking. Optional:
 * muted "figures" skips. Each linked class group gets its class's totals and rank in its grade
 * with a chart (groupMessages). Key "figures:<monday>:<platform>:<chatId>". Nothing in the
 * holidays.
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
  const groups = await groupMessages(lib, ctx, r.value, all);
  messages.push(...groups);
  return {
    week: week.from,
    classes: all.length,
    recipients: messages.length,
    groups: groups.length,
    enqueued: await enqueueAll(lib, ctx, messages),
  };
}
