import { systemActor } from "../core/actor.ts";
import { maskName } from "../core/bindings/mask-name.ts";
import type { OutboundMessage } from "../core/broadcasts/outbound.ts";
import { today } from "../core/library.ts";
import type { Library } from "../core/library.ts";
import { monthRecognition, previousMonth } from "../core/recognition/monthly-recognition.ts";
import type { MonthRecognition } from "../core/recognition/monthly-recognition.ts";
import { t } from "../dialogs/texts/index.ts";
import type { Locale } from "../locale.ts";
import { Digests } from "../outbox/digest.ts";
import {
  bindingRecipients,
  classGroupRecipients,
  classTeacherRecipients,
  patronRecipients,
  recipientKey,
} from "../outbox/recipients.ts";
import { enqueueAll } from "./context.ts";
import type { JobContext, JobSummary } from "./context.ts";

type Line = (locale: Locale) => string;

/** Each class group: how many pupils read enough — and, only where the school allows it, who (masked). */
async function groupMessages(
  lib: Library,
  ctx: JobContext,
  r: MonthRecognition,
  month: number,
): Promise<OutboundMessage[]> {
  const groups = await classGroupRecipients(
    lib.db,
    r.classes.map((c) => c.classId),
    ctx.defaultLocale,
  );
  const named = lib.policy.namePupilsInGroups;
  return r.classes.flatMap((c) =>
    (groups.get(c.classId) ?? []).map((g) => {
      const base = { className: c.className, month, count: c.qualifying, min: r.minBooks };
      const text = named
        ? t(g.locale, "push_reader_of_month_group_named", {
            ...base,
            names: c.winners.map((w) => maskName(w.name)).join("、"),
            books: c.winners[0]?.books ?? 0,
          })
        : t(g.locale, "push_reader_of_month_group_count", base);
      return {
        dedupeKey: `recognition:${r.month}:group:${recipientKey(g)}`,
        platform: g.platform,
        chatId: g.chatId,
        kind: "figures" as const,
        text,
      };
    }),
  );
}

/**
 * The families of the readers of the month and the 阳光管理员 (and theirs), and each class
 * teacher their classes' readers with full names — all privately, one message per chat.
 */
async function personalMessages(lib: Library, ctx: JobContext, r: MonthRecognition, month: number) {
  const winners = r.classes.flatMap((c) =>
    c.winners.map((w) => ({ ...w, className: c.className })),
  );
  const ids = [...winners.map((w) => w.patronId), ...r.helpers.map((h) => h.patronId)];
  const people = await patronRecipients(lib.db, ids, ctx.defaultLocale);
  const digests = new Digests<Line>();
  const teachers = await classTeacherRecipients(
    lib.db,
    r.classes.map((c) => c.classId),
    ctx.defaultLocale,
  );
  for (const c of r.classes) {
    const line: Line = (l) =>
      t(l, "push_reader_of_month_teacher", {
        className: c.className,
        month,
        names: c.winners.map((w) => w.name).join("、"),
        books: c.winners[0]?.books ?? 0,
        count: c.qualifying,
        min: r.minBooks,
      });
    for (const to of teachers.get(c.classId) ?? []) digests.add(to, line);
  }
  for (const w of winners) {
    const line: Line = (l) => t(l, "push_reader_of_month_family", { ...w, month });
    for (const to of people.get(w.patronId) ?? []) digests.add(to, line);
  }
  for (const h of r.helpers) {
    const line: Line = (l) => t(l, "push_sunshine_helper", { ...h, month });
    for (const to of people.get(h.patronId) ?? []) digests.add(to, line);
  }
  return digests.messages("figures", `recognition:${r.month}:family`, (to, lines) =>
    lines.map((line) => line(to.locale)).join("\n"),
  );
}

function reportText(locale: Locale, r: MonthRecognition, month: number, named: boolean): string {
  const classes = r.classes.map((c) =>
    t(locale, "push_recognition_report_class", {
      className: c.className,
      names: c.winners.map((w) => w.name).join("、"),
      books: c.winners[0]?.books ?? 0,
      count: c.qualifying,
    }),
  );
  const top = r.helpers[0];
  return [
    t(locale, "push_recognition_report_header", { month, min: r.minBooks }),
    ...(classes.length ? classes : [t(locale, "push_recognition_report_no_class")]),
    top
      ? t(locale, "push_recognition_report_helpers", {
          names: r.helpers.map((h) => h.name).join("、"),
          shifts: top.shifts,
        })
      : t(locale, "push_recognition_report_no_helper"),
    t(locale, "push_recognition_report_privacy", { named }),
  ].join("\n");
}

/**
 * On the 1st: last month's recognition (monthRecognition). Each reader of the month's family
 * (the pupil and each guardian), each 阳光管理员 and each class teacher (names in full) hear it
 * privately; each linked class group hears how many pupils borrowed at least the minimum — the
 * readers' names (masked) only when policy.namePupilsInGroups allows it; the librarians get the
 * whole list with names. Keys "recognition:<YYYY-MM>:(group|family|report):<platform>:<chatId>",
 * so a rerun adds nothing.
 */
export async function monthlyRecognition(lib: Library, ctx: JobContext): Promise<JobSummary> {
  const r = await monthRecognition(lib, systemActor, previousMonth(today(lib)));
  if (!r.ok) throw new Error(`monthly recognition refused: ${r.code}`);
  const month = Number(r.value.month.slice(5));
  const librarians = await bindingRecipients(lib.db, "librarian", ctx.defaultLocale);
  const named = lib.policy.namePupilsInGroups;
  const report = librarians.map((to) => ({
    dedupeKey: `recognition:${r.value.month}:report:${recipientKey(to)}`,
    platform: to.platform,
    chatId: to.chatId,
    kind: "report" as const,
    text: reportText(to.locale, r.value, month, named),
  }));
  const messages = [
    ...(await groupMessages(lib, ctx, r.value, month)),
    ...(await personalMessages(lib, ctx, r.value, month)),
    ...report,
  ];
  return {
    month: r.value.month,
    classes: r.value.classes.length,
    readers: r.value.classes.reduce((n, c) => n + c.winners.length, 0),
    helpers: r.value.helpers.length,
    enqueued: await enqueueAll(lib, ctx, messages),
  };
}
