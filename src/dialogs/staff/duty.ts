import { isDeskStaff } from "../../core/circulation/desk-staff.ts";
import { weekRota } from "../../core/reports/week-rota.ts";
import { showPages } from "../engine/paginate.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import { isGroupChat } from "../intent.ts";
import { dutyLine } from "./rota-lines.ts";

/**
 * 值日: a student librarian's own duty shifts this week, and whether they are on duty right
 * now (the same rule the desk uses); the librarian sees every shift with names. Anyone else
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
      if (shifts.length === 0) return c.say(c.t("duty_none"));
      c.say(c.t("duty_all_header"));
      return showPages(
        c,
        shifts.map((e) => dutyLine(c, e, true)),
        30,
      );
    }
    const onDuty = await c.act(() => isDeskStaff(deps.lib, actor));
    if (shifts.length === 0) c.say(c.t("duty_none_mine"));
    else c.say([c.t("duty_header"), ...shifts.map((e) => dutyLine(c, e, false))].join("\n"));
    if (onDuty) c.say(c.t("duty_now"));
  };
