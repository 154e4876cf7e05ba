import type { Actor } from "../../core/actor.ts";
import type { TitleHit } from "../../core/catalog/hits.ts";
import { placeHold } from "../../core/circulation/place-hold.ts";
import type { PlaceHoldRefusal } from "../../core/circulation/place-hold.ts";
import type { PatronSummary } from "../../core/reports/patron-summary.ts";
import type { DialogDeps } from "../intent.ts";
import type { Conversation } from "../types.ts";

/** A placeHold refusal in words: why, and what to do instead. */
export function holdRefusal(
  c: Conversation,
  code: PlaceHoldRefusal,
  ctx: { name: string; hit: TitleHit },
): string {
  const { name, hit } = ctx;
  switch (code) {
    case "not_yours":
      return c.t("reader_hold_not_yours");
    case "unknown_title":
      return c.t("reader_hold_unknown_title");
    case "card_not_issued":
      return c.t("reader_hold_card_not_issued", { name });
    case "suspended":
      return c.t("reader_hold_suspended", { name });
    case "card_left":
      return c.t("reader_hold_card_left", { name });
    case "card_blocked":
      return c.t("reader_hold_card_blocked", { name });
    case "reference_only":
      return c.t("reader_hold_reference_only");
    case "no_copies":
      return c.t("reader_hold_no_copies");
    case "on_shelf":
      return c.t("reader_hold_on_shelf", { callNumber: hit.callNumber, location: hit.location });
    case "already_on_loan":
      return c.t("reader_hold_already_on_loan", { name });
    case "already_held":
      return c.t("reader_hold_already_held", { name });
    case "too_many_holds":
      return c.t("reader_hold_too_many_holds", { name });
  }
}

async function pickPatron(
  c: Conversation,
  first: PatronSummary,
  family: PatronSummary[],
): Promise<PatronSummary> {
  if (family.length <= 1) return first;
  const choices = family.map((p) => ({
    id: `p${p.patronId}`,
    label: c.t("reader_mine_header", { name: p.name, className: p.className ?? "" }),
  }));
  const id = await c.choose(c.t("reader_hold_which_child"), choices);
  return family.find((p) => `p${p.patronId}` === id) ?? first;
}

/**
 * Reserves `hit` for one of the family (asking which child when there are several; a private
 * chat, so full names are fine) and says the queue position or the refusal.
 */
export async function reserveTitle(
  c: Conversation,
  deps: DialogDeps,
  ctx: { actor: Actor; family: PatronSummary[]; hit: TitleHit },
): Promise<void> {
  const { actor, family, hit } = ctx;
  const [first] = family;
  if (!first) {
    c.say(c.t("reader_need_binding"));
    return;
  }
  // A reference book is refused before asking which child: the answer would not matter.
  if (hit.isReference) return c.say(c.t("reader_hold_reference_only"));
  const patron = await pickPatron(c, first, family);
  const input = { patronId: patron.patronId, titleId: hit.titleId };
  const r = await c.act(() => placeHold(deps.lib, actor, input));
  const name = patron.name;
  c.say(
    r.ok
      ? c.t("reader_hold_placed", { name, title: hit.title, position: r.value.position })
      : holdRefusal(c, r.code, { name, hit }),
  );
}
