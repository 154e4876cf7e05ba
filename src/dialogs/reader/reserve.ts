import type { Actor } from "../../core/actor.ts";
import type { PatronSummary } from "../../core/reports/patron-summary.ts";
import { choosePaged } from "../engine/paginate.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import type { Conversation } from "../types.ts";
import { familyInPrivate } from "./access.ts";
import { cancelChoices, cancelChosen, familyHolds, holdLabel } from "./hold-list.ts";
import { reserveTitle } from "./place-hold-step.ts";
import { pickHit, runSearch } from "./search-step.ts";

const NEW = "new";

/** Searches, lets the user pick a title, then (if needed) the child, and places the hold. */
async function searchAndReserve(
  c: Conversation,
  deps: DialogDeps,
  ctx: { actor: Actor; family: PatronSummary[]; query: string },
): Promise<void> {
  const found = await runSearch(c, deps, ctx.actor, ctx.query);
  if (!found) return;
  const prompt = c.t("reader_reserve_found", { total: found.total, shown: found.ids.length });
  const hit = await pickHit(c, deps, { actor: ctx.actor, found, prompt });
  if (!hit) return;
  await reserveTitle(c, deps, { actor: ctx.actor, family: ctx.family, hit });
}

/**
 * "预约 / reserve": with words, a search whose chosen title is reserved; without, the open
 * holds (queue position or pickup date) with a menu to cancel one or reserve another book.
 * Private chats only.
 */
export const reserveDialog =
  (deps: DialogDeps): IntentDialog =>
  async (c, { actor, args, chat }) => {
    const family = await familyInPrivate(c, deps, { actor, chat }, "reader_private_reserve");
    if (!family) return;
    const query = args.trim();
    if (query) return searchAndReserve(c, deps, { actor, family, query });
    const holds = familyHolds(family);
    if (holds.length > 0) {
      const named = family.length > 1;
      c.say(
        [c.t("reader_reserve_holds"), ...holds.map((h) => `· ${holdLabel(c, h, named)}`)].join(
          "\n",
        ),
      );
      const choices = [
        ...cancelChoices(c, holds, named, (hold) => c.t("reader_reserve_cancel_label", { hold })),
        { id: NEW, label: c.t("reader_reserve_new") },
      ];
      const id = await choosePaged(c, c.t("reader_reserve_menu"), choices, 8, {
        textFallthrough: true,
      });
      if (id !== NEW) return cancelChosen(c, deps, { actor, holds, id });
    }
    const asked = await c.ask(c.t("reader_reserve_ask"));
    await searchAndReserve(c, deps, { actor, family, query: asked });
  };
