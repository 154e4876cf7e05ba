import { grantStudentLibrarian } from "../../core/bindings/student-librarian.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import { rolesChangedOfPupil } from "../menus.ts";
import { isGroupChat } from "../intent.ts";

/**
 * 小管 CARD / 取消小管 CARD (librarian, private chat): makes a pupil a student librarian, or
 * takes it back. The pupil then works the desk during their duty shifts (the rota import's
 * `duty` rows) with their own pupil binding.
 */
export const helperGrantDialog =
  (deps: DialogDeps, on: boolean): IntentDialog =>
  async (c, { actor, chat, args }) => {
    if (isGroupChat(chat, actor) || !actor.isLibrarian) return c.say(c.t("helper_librarian_only"));
    const card = args.trim() || (await c.ask(c.t("helper_ask_card"))).trim();
    const r = await c.act(async () => {
      const granted = await grantStudentLibrarian(deps.lib, actor, card, on);
      if (granted.ok) await rolesChangedOfPupil(deps, granted.value.patronId);
      return granted;
    });
    if (r.ok) return c.say(c.t(on ? "helper_granted" : "helper_revoked", { card }));
    if (r.code === "unknown_card") return c.say(c.t("desk_unknown_card", { card }));
    if (r.code === "not_a_student") return c.say(c.t("helper_not_a_student", { card }));
    c.say(c.t("helper_librarian_only"));
  };
