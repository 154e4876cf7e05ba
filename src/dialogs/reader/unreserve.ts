import { choosePaged } from "../engine/paginate.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import { familyInPrivate } from "./access.ts";
import { cancelChoices, cancelChosen, familyHolds } from "./hold-list.ts";

/** "取消预约 / unreserve": lists the family's open holds; the chosen one is cancelled. */
export const unreserveDialog =
  (deps: DialogDeps): IntentDialog =>
  async (c, { actor, chat }) => {
    const family = await familyInPrivate(c, deps, { actor, chat }, "reader_private_unreserve");
    if (!family) return;
    const holds = familyHolds(family);
    if (holds.length === 0) {
      c.say(c.t("reader_unreserve_none"));
      return;
    }
    const choices = cancelChoices(c, holds, family.length > 1);
    const id = await choosePaged(c, c.t("reader_unreserve_prompt"), choices);
    await cancelChosen(c, deps, { actor, holds, id });
  };
