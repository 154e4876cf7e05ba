import { isDeskStaff } from "../../core/circulation/desk-staff.ts";
import { weekRota } from "../../core/reports/week-rota.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import { isGroupChat } from "../intent.ts";
import { assignDutySteps } from "./duty-assign.ts";
import { removeDutySteps } from "./duty-remove.ts";
import { dutyLine } from "./rota-lines.ts";

/**
 * 值日: a student librarian's own duty shifts this week, and whether they are on duty right
 * now (the same rule the desk uses); the librarian sees every shift with names and may
 * assign a 小管 a weekly shift (安排值日) or remove one (移除值日). Anyone else
 * learns that duty is for 小管 — also in a group, where no names are shown.
 */
export const dutyDialog =
  (deps: DialogDeps): IntentDialog =>
  async (c, { actor, chat }) => {
    if (isGroupChat(chat, actor) || !(actor.isLibrarian || actor.isStudentLibrarian)) {
      return c.say(c.t("duty_not_student_librarian"));
    }
    const rota = await c.act(() => weekRota(deps.lib, actor));
    const mine = (patronId: number | null) =>
      actor.isLibrarian || (actor.selfPatronId !== undefined && patronId === actor.selfPatronId);
    const shifts = rota.entries.filter((e) => e.kind === "duty" && mine(e.patronId));
    if (actor.isLibrarian) {
      if (shifts.length === 0) c.say(c.t("duty_none"));
      else c.say([c.t("duty_all_header"), ...shifts.map((e) => dutyLine(c, e, true))].join("\n"));
      const menu = [
        { id: "assign", label: c.t("duty_assign") },
        { id: "remove", label: c.t("duty_remove") },
        { id: "done", label: c.t("duty_done") },
      ];
      const next = await c.choose("", menu, { textFallthrough: true });
      if (next === "assign") await assignDutySteps(c, deps, actor);
      if (next === "remove") await removeDutySteps(c, deps, actor);
      return;
    }
    const onDuty = await c.act(() => isDeskStaff(deps.lib, actor));
    if (shifts.length === 0) c.say(c.t("duty_none_mine"));
    else c.say([c.t("duty_header"), ...shifts.map((e) => dutyLine(c, e, false))].join("\n"));
    if (onDuty) c.say(c.t("duty_now"));
  };
