import type { Actor } from "../../core/actor.ts";
import type {
  ActivityAudience,
  ActivityInput,
  ActivityRefusal,
} from "../../core/activities/create-activity.ts";
import { createActivity } from "../../core/activities/create-activity.ts";
import { schoolClasses } from "../../core/broadcasts/school-classes.ts";
import { today } from "../../core/library.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import type { Conversation } from "../types.ts";
import {
  askDate,
  askDeadline,
  askName,
  chooseActivityAudience,
  chooseKind,
  endExample,
  kindLabel,
  startExample,
} from "./activity-steps.ts";
import { isGroupChat } from "../intent.ts";

const refusalText = (c: Conversation, code: ActivityRefusal): string =>
  code === "not_librarian" ? c.t("activity_librarian_only") : c.t(`activity_refused_${code}`);

/** Kind, name, start, end, optional deadline: each date re-asked until it makes sense. */
async function askDetails(c: Conversation, day: string, name: string) {
  const kind = await chooseKind(c);
  const title = await askName(c, name);
  const startsOn = await askDate(
    c,
    { key: "activity_ask_start", today: day, example: startExample(day) },
    (d) => (d < day ? c.t("activity_start_past", { today: day }) : null),
  );
  const endsOn = await askDate(
    c,
    { key: "activity_ask_end", today: day, example: endExample(startsOn) },
    (d) => (d < startsOn ? c.t("activity_end_before_start", { start: startsOn }) : null),
  );
  const deadlineOn = await askDeadline(c, day, { start: startsOn, end: endsOn });
  return { kind, name: title, startsOn, endsOn, deadlineOn };
}

type Details = Awaited<ReturnType<typeof askDetails>>;

/** The preview, then confirm → the Activity row, or cancel. */
async function confirmAndCreate(
  c: Conversation,
  deps: DialogDeps,
  actor: Actor,
  d: Details & { audience: ActivityAudience; description: string },
) {
  const preview = { kind: kindLabel(c, d.kind), name: d.name, start: d.startsOn, end: d.endsOn };
  c.say(c.t("activity_preview", { ...preview, deadline: d.deadlineOn, audience: d.description }));
  const menu = [
    { id: "create", label: c.t("activity_confirm") },
    { id: "cancel", label: c.t("staff_cancel") },
  ];
  if ((await c.choose("", menu)) !== "create") return c.say(c.t("activity_cancelled"));
  const { kind, name, startsOn, endsOn, audience, deadlineOn } = d;
  const input: ActivityInput = { kind, name, startsOn, endsOn, audience };
  if (deadlineOn) input.deadlineOn = deadlineOn;
  const made = await c.act(() => createActivity(deps.lib, actor, input));
  if (!made.ok) return c.say(refusalText(c, made.code));
  c.say(c.t("activity_created", { name, start: startsOn, audience: d.description }));
}

/**
 * 活动 (librarian only, private chat): creates a reading activity — kind (读书节, 征文,
 * 故事会, other), name, dates typed as YYYY-MM-DD or MM-DD, optional deadline, audience —
 * after a preview and confirmation. The announcement is pushed later by the activity job.
 */
export const activityDialog =
  (deps: DialogDeps): IntentDialog =>
  async (c, { actor, chat, args }) => {
    if (isGroupChat(chat, actor) || !actor.isLibrarian) {
      return c.say(c.t("activity_librarian_only"));
    }
    const day = await c.act(() => today(deps.lib));
    const details = await askDetails(c, day, args);
    const classes = await c.act(() => schoolClasses(deps.lib, actor));
    const to = await chooseActivityAudience(c, classes.ok ? classes.value : []);
    await confirmAndCreate(c, deps, actor, { ...details, ...to });
  };
