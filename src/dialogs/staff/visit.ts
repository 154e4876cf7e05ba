import { recordVisit, visitClasses } from "../../core/visits/record-visit.ts";
import type { VisitKind } from "../../core/visits/record-visit.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import { isGroupChat } from "../intent.ts";
import { pickClass } from "./pick-class.ts";

/**
 * 到馆 [CLASS] / 阅览课 [CLASS]: the class teacher, a 小管 on duty or the librarian records
 * today's library visit or reading-room lesson of a class (每周不少于一次); the class is typed,
 * the teacher's only class, or picked. Private chats only.
 */
export const visitDialog =
  (kind: VisitKind) =>
  (deps: DialogDeps): IntentDialog =>
  async (c, { actor, args, chat }) => {
    if (isGroupChat(chat, actor)) return c.say(c.t("visit_private"));
    let className = args.trim();
    if (!className) {
      const classes = await c.act(() => visitClasses(deps.lib, actor));
      if (classes.length === 0) return c.say(c.t("visit_not_allowed", { className }));
      className =
        classes.length === 1 ? (classes[0]?.name ?? "") : (await pickClass(c, classes)).name;
    }
    const r = await c.act(() => recordVisit(deps.lib, actor, { className, kind }));
    if (!r.ok) return c.say(c.t(`visit_${r.code}`, { className }));
    c.say(c.t(kind === "visit" ? "visit_recorded" : "visit_lesson_recorded", r.value));
  };
