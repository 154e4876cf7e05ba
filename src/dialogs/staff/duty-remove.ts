import type { Actor } from "../../core/actor.ts";
import { dutyShifts, removeDuty } from "../../core/rota/remove-duty.ts";
import { choosePaged } from "../engine/paginate.ts";
import type { DialogDeps } from "../intent.ts";
import type { Conversation } from "../types.ts";

type Shift = { name: string; weekday: number; start: string; end: string };

const shiftLabel = (c: Conversation, s: Shift) =>
  c.t("duty_shift_label", { ...s, day: c.t("staff_weekday", { day: s.weekday }) });

/**
 * 值日 → 移除值日 (librarian): picks one of the 小管's weekly shifts, confirms, and the core's
 * removeDuty deletes it (audited); a shift removed meanwhile is said to be gone.
 */
export async function removeDutySteps(c: Conversation, deps: DialogDeps, actor: Actor) {
  const listed = await c.act(() => dutyShifts(deps.lib, actor));
  if (!listed.ok) return c.say(c.t("duty_assign_librarian_only"));
  if (listed.value.length === 0) return c.say(c.t("duty_remove_none"));
  const menu = listed.value.map((s) => ({ id: `s${s.id}`, label: shiftLabel(c, s) }));
  const picked = await choosePaged(c, c.t("duty_remove_pick"), menu);
  const shift = listed.value.find((s) => `s${s.id}` === picked);
  if (!shift) return;
  const confirm = [
    { id: "remove", label: c.t("duty_remove_confirm") },
    { id: "cancel", label: c.t("staff_cancel") },
  ];
  const sure = await c.choose(c.t("duty_remove_sure", { shift: shiftLabel(c, shift) }), confirm);
  if (sure !== "remove") return c.say(c.t("duty_remove_kept"));
  const r = await c.act(() => removeDuty(deps.lib, actor, shift.id));
  if (!r.ok) {
    return c.say(
      c.t(r.code === "no_such_shift" ? "duty_remove_gone" : "duty_assign_librarian_only"),
    );
  }
  c.say(c.t("duty_remove_done", { shift: shiftLabel(c, r.value) }));
}
