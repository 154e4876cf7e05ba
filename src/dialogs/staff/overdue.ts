import type { Actor } from "../../core/actor.ts";
import { overdueCountsByClass } from "../../core/reports/overdue-counts.ts";
import { overdueForClass, overdueForPatrons } from "../../core/reports/overdue.ts";
import type { ClassOverdueRefusal } from "../../core/reports/overdue.ts";
import { choosePaged, showPages } from "../engine/paginate.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import type { Conversation } from "../types.ts";
import { isGroupChat } from "../intent.ts";
import { askFollowUpClass, classLike, classNamed, mayNameClass } from "./named-class-step.ts";
import { classEntries, pupilEntry } from "./overdue-lines.ts";

/** Pupils (entries) per page of an overdue list. */
const PAGE = 10;

const refusalKey = {
  not_for_groups: "overdue_group_refused",
  not_your_class: "overdue_not_your_class",
  no_such_class: "overdue_no_such_class",
} as const satisfies Record<ClassOverdueRefusal, string>;

/**
 * The lists of some classes, entries ready for paging; a refusal becomes its sentence. The act
 * keeps the entries as shown rather than the lists they are made from: a whole school's list
 * is paged over many turns, each replaying it from the stored state.
 */
async function classLists(
  c: Conversation,
  deps: DialogDeps,
  actor: Actor,
  classIds: number[],
): Promise<string[]> {
  return c.act(async () => {
    const lists = await Promise.all(classIds.map((id) => overdueForClass(deps.lib, actor, id)));
    return lists.flatMap((r) => (r.ok ? classEntries(c, r.value) : [c.t(refusalKey[r.code])]));
  });
}

/** The actor's own and children's overdue items; empty when there are none. */
async function ownEntries(c: Conversation, deps: DialogDeps, actor: Actor): Promise<string[]> {
  if (actor.patronIds.length === 0) return [];
  const pupils = await c.act(() => overdueForPatrons(deps.lib, actor));
  if (pupils.length === 0) return [];
  const hint = c.t("overdue_mine_hint", { days: deps.lib.policy.overdueLevelDays[2] });
  return [c.t("overdue_mine_header"), ...pupils.map((p) => pupilEntry(c, p)), hint];
}

/**
 * The librarian picks one class (with counts) or all classes that have overdue books, or types
 * a class's name (3-1, 三年级一班) at the menu, as after 逾期.
 */
async function librarianOverdue(c: Conversation, deps: DialogDeps, actor: Actor) {
  const counts = await c.act(() => overdueCountsByClass(deps.lib, actor));
  if (!counts.ok || counts.value.length === 0) return c.say(c.t("overdue_school_none"));
  const items = counts.value.reduce((n, k) => n + k.items, 0);
  const menu = [
    { id: "all", label: c.t("overdue_all_classes", { items }) },
    ...counts.value.map((k) => ({ id: `c${k.classId}`, label: c.t("overdue_class_choice", k) })),
  ];
  const picked = await choosePaged(c, c.t("overdue_pick_class"), menu, 8, { typed: classLike });
  if (!menu.some((m) => m.id === picked)) {
    return namedClassOverdue(c, deps, actor, await classNamed(c, deps, actor, picked));
  }
  const ids = picked === "all" ? counts.value.map((k) => k.classId) : [Number(picked.slice(1))];
  await showPages(c, await classLists(c, deps, actor, ids), PAGE);
}

/** 逾期 3-1: that class's list when the actor may see it (else `classNamed` said why not). */
async function namedClassOverdue(
  c: Conversation,
  deps: DialogDeps,
  actor: Actor,
  k: { classId: number } | null,
) {
  if (k) await showPages(c, await classLists(c, deps, actor, [k.classId]), PAGE);
}

/**
 * 逾期 (or 逾期 3-1, or 3-1 sent after it, for one class): a teacher gets their classes' lists
 * grouped by pupil (and their own overdue books);
 * a parent or student their own and their children's items; the librarian picks a class or
 * all. A group chat is refused outright — a named overdue list is never shown in a group.
 */
export const overdueDialog =
  (deps: DialogDeps): IntentDialog =>
  async (c, { actor, chat, args }) => {
    if (isGroupChat(chat, actor)) return c.say(c.t("overdue_group_refused"));
    if (args.trim() && mayNameClass(actor)) {
      return namedClassOverdue(c, deps, actor, await classNamed(c, deps, actor, args.trim()));
    }
    if (actor.isLibrarian) return librarianOverdue(c, deps, actor);
    if (actor.classIds.length === 0 && actor.patronIds.length === 0) {
      return c.say(c.t("staff_need_binding"));
    }
    const classes =
      actor.classIds.length > 0 ? await classLists(c, deps, actor, actor.classIds) : [];
    const own = await ownEntries(c, deps, actor);
    if (classes.length === 0 && own.length === 0) c.say(c.t("overdue_mine_none"));
    else await showPages(c, [...classes, ...own], PAGE);
    if (!mayNameClass(actor)) return;
    const k = await askFollowUpClass(c, deps, actor, c.t("overdue_name_class"));
    await namedClassOverdue(c, deps, actor, k);
  };
