import type { Actor } from "../../core/actor.ts";
import { cadencesOf } from "../../core/reports/rota-cadence.ts";
import type { ClassCadence } from "../../core/reports/rota-cadence.ts";
import { weekRota } from "../../core/reports/week-rota.ts";
import type { RotaLine } from "../../core/reports/week-rota.ts";
import type { Conversation } from "../types.ts";
import { showPages } from "../engine/paginate.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import { isGroupChat } from "../intent.ts";
import { md } from "../month-day.ts";
import { askFollowUpClass, classNamed, mayNameClass } from "./named-class-step.ts";
import { rotaLine } from "./rota-lines.ts";

/** The school's own rule for the classes with a slot this week: every week, or odd/even weeks. */
function ruleLines(c: Conversation, week: number, rules: ClassCadence[]): string[] {
  const sep = c.locale === "en" ? ", " : "、";
  return (["every", "odd", "even"] as const).flatMap((cadence) => {
    const classes = rules.filter((r) => r.cadence === cadence).map((r) => r.className);
    if (classes.length === 0) return [];
    const joined = classes.join(sep);
    return [
      cadence === "every"
        ? c.t("push_rota_every", { classes: joined })
        : c.t("push_rota_alternate", { classes: joined, weeks: cadence, week }),
    ];
  });
}

type Rota = Awaited<ReturnType<typeof weekRota>>;

/** The header, each class's rule, then the lines (paged, `extra` after them). */
async function showRota(
  c: Conversation,
  deps: DialogDeps,
  rota: Rota,
  shown: { entries: RotaLine[]; extra: string[] },
) {
  const lines = shown.entries.filter((e) => e.kind !== "duty").map((e) => rotaLine(c, e));
  if (lines.length === 0) c.say(c.t("rota_none"));
  else {
    c.say(c.t("rota_header", { week: rota.weekNumber, monday: md(rota.monday) }));
    const slotClasses = shown.entries.flatMap((e) =>
      e.kind === "slot" && e.classId ? [e.classId] : [],
    );
    const rules = await c.act(() => cadencesOf(deps.lib, [...new Set(slotClasses)]));
    for (const line of ruleLines(c, rota.weekNumber, rules)) c.say(line);
  }
  if (lines.length > 0 || shown.extra.length > 0)
    await showPages(c, [...lines, ...shown.extra], 30);
}

/** One class's slots and its grade's open days (the actor may see the class). */
async function classRota(
  c: Conversation,
  deps: DialogDeps,
  actor: Actor,
  k: { classId: number; grade: number } | null,
) {
  if (!k) return;
  const rota = await c.act(() => weekRota(deps.lib, actor));
  const entries = rota.entries.filter((e) =>
    e.kind === "slot"
      ? e.classId === k.classId
      : e.kind === "grade_day" && e.grades.includes(k.grade),
  );
  await showRota(c, deps, rota, { entries, extra: [] });
}

/**
 * 排班: this week's class borrowing slots and grade open days, with each class's rule from the
 * school's rota (every week, or odd/even weeks), for the actor's classes — a teacher's, the
 * children's, a class group's linked class; everything for the librarian. 排班 3-1 (or 3-1
 * sent after 排班) shows that class when the librarian or a teacher may see it, else says why.
 * Duty shifts are left to 值日. No names of people are shown, so it works in a class group too.
 */
export const rotaDialog =
  (deps: DialogDeps): IntentDialog =>
  async (c, { actor, chat, args }) => {
    const group = isGroupChat(chat, actor);
    if (group && actor.classIds.length === 0) return c.say(c.t("rota_group_unlinked"));
    const seesAll = actor.isLibrarian && !group;
    if (!group && !seesAll && actor.patronIds.length === 0 && actor.classIds.length === 0) {
      return c.say(c.t("staff_need_binding"));
    }
    const namer = !group && mayNameClass(actor);
    if (namer && args.trim()) {
      return classRota(c, deps, actor, await classNamed(c, deps, actor, args.trim()));
    }
    const rota = await c.act(() => weekRota(deps.lib, actor));
    const hint = !group && actor.isStudentLibrarian ? [c.t("rota_duty_hint")] : [];
    await showRota(c, deps, rota, { entries: rota.entries, extra: hint });
    if (!namer) return;
    const k = await askFollowUpClass(c, deps, actor, c.t("rota_name_class"));
    await classRota(c, deps, actor, k);
  };
