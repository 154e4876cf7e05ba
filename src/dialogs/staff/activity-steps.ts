import { parseActivityDate } from "../../core/activities/activity-date.ts";
import { MAX_ACTIVITY_NAME_CHARS, activityKinds } from "../../core/activities/create-activity.ts";
import type { ActivityAudience, ActivityKind } from "../../core/activities/create-activity.ts";
import type { SchoolClassRef } from "../../core/broadcasts/school-classes.ts";
import { addDays } from "../../core/dates.ts";
import type { IsoDate } from "../../core/dates.ts";
import type { TextKey } from "../texts/index.ts";
import type { Conversation } from "../types.ts";
import { pickClass, pickGrade } from "./pick-class.ts";

const kindKey = {
  reading_festival: "activity_kind_reading_festival",
  essay: "activity_kind_essay",
  story_hour: "activity_kind_story_hour",
  other: "activity_kind_other",
} as const satisfies Record<ActivityKind, TextKey>;

export const kindLabel = (c: Conversation, kind: ActivityKind): string => c.t(kindKey[kind]);

export async function chooseKind(c: Conversation): Promise<ActivityKind> {
  const menu = activityKinds.map((k) => ({ id: k, label: kindLabel(c, k) }));
  return (await c.choose(c.t("activity_pick_kind"), menu)) as ActivityKind;
}

/** The name: the command's words if any, else asked; re-asked while too long. */
export async function askName(c: Conversation, first: string): Promise<string> {
  const max = MAX_ACTIVITY_NAME_CHARS;
  let name = first.trim();
  for (;;) {
    if (name && [...name].length <= max) return name;
    if (name) c.say(c.t("activity_name_too_long", { max }));
    name = (await c.ask(c.t("activity_ask_name", { max }))).trim();
  }
}

type DateAsk = "activity_ask_start" | "activity_ask_end" | "activity_ask_deadline";

/**
 * A date typed as YYYY-MM-DD or MM-DD; asked again with an example while it is no date or
 * `problem` finds fault with it (before today, before the start, …). A month and day already
 * past this year is never rolled on silently: the user picks this year's or next year's.
 */
export async function askDate(
  c: Conversation,
  ask: { key: DateAsk; today: IsoDate; example: IsoDate },
  problem: (date: IsoDate) => string | null,
): Promise<IsoDate> {
  const ex = { full: ask.example, short: ask.example.slice(5) };
  for (;;) {
    const text = (await c.ask(c.t(ask.key, ex))).trim();
    const typed = parseActivityDate(text, ask.today);
    const date = typed?.kind === "which_year" ? await chooseYear(c, text, typed) : typed?.date;
    const fault = date === undefined ? c.t("activity_bad_date", { text, ...ex }) : problem(date);
    if (date !== undefined && fault === null) return date;
    c.say(fault ?? "");
  }
}

/** "12月1日" on 12-07: this year's (already past) or next year's? */
async function chooseYear(
  c: Conversation,
  text: string,
  years: { thisYear: IsoDate; nextYear: IsoDate },
): Promise<IsoDate> {
  const menu = [
    { id: "this", label: c.t("activity_year_this", { date: years.thisYear }) },
    { id: "next", label: c.t("activity_year_next", { date: years.nextYear }) },
  ];
  const id = await c.choose(c.t("activity_which_year", { text, ...years }), menu);
  return id === "this" ? years.thisYear : years.nextYear;
}

/** An optional deadline within [start, end]. */
export async function askDeadline(
  c: Conversation,
  today: IsoDate,
  span: { start: IsoDate; end: IsoDate },
): Promise<IsoDate | null> {
  const menu = [
    { id: "set", label: c.t("activity_deadline_set") },
    { id: "none", label: c.t("activity_deadline_none") },
  ];
  if ((await c.choose(c.t("activity_deadline_q"), menu)) === "none") return null;
  const ask = { key: "activity_ask_deadline" as const, today, example: span.end };
  return askDate(c, ask, (d) =>
    d < span.start || d > span.end ? c.t("activity_deadline_outside", span) : null,
  );
}

/** Dates for the start and end prompts' examples: two weeks ahead, a week after the start. */
export const startExample = (today: IsoDate): IsoDate => addDays(today, 14);
export const endExample = (start: IsoDate): IsoDate => addDays(start, 7);

/** Everyone, a grade or a class, with the words the preview and confirmation use. */
export async function chooseActivityAudience(
  c: Conversation,
  classes: SchoolClassRef[],
): Promise<{ audience: ActivityAudience; description: string }> {
  const menu = [
    { id: "all", label: c.t("activity_aud_all") },
    ...(classes.length > 0
      ? [
          { id: "grade", label: c.t("activity_aud_grade") },
          { id: "class", label: c.t("activity_aud_class") },
        ]
      : []),
  ];
  const kind = menu.length > 1 ? await c.choose(c.t("activity_pick_audience"), menu) : "all";
  if (kind === "grade") {
    const grade = await pickGrade(c, classes);
    return {
      audience: { kind: "grade", grade },
      description: c.t("activity_desc_grade", { grade }),
    };
  }
  if (kind === "class") {
    const k = await pickClass(c, classes);
    return {
      audience: { kind: "class", classId: k.id },
      description: c.t("activity_desc_class", { name: k.name }),
    };
  }
  return { audience: { kind: "all" }, description: c.t("activity_aud_all") };
}
