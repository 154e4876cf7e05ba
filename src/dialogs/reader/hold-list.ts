import type { Actor } from "../../core/actor.ts";
import { cancelHold } from "../../core/circulation/cancel-hold.ts";
import type { HoldLine, PatronSummary } from "../../core/reports/patron-summary.ts";
import type { DialogDeps } from "../intent.ts";
import type { Conversation } from "../types.ts";
import type { Choice } from "../../messages.ts";
import { holdState } from "./format.ts";

export interface ListedHold {
  hold: HoldLine;
  name: string;
}

/** The queued and ready holds of the family, reader by reader. */
export function familyHolds(family: PatronSummary[]): ListedHold[] {
  return family.flatMap((p) => p.holds.map((hold) => ({ hold, name: p.name })));
}

/** "张小明 · 西游记 · 排第 2 位" (the name only when the account has several readers). */
export function holdLabel(c: Conversation, h: ListedHold, named: boolean): string {
  const label = c.t("reader_hold_label", { title: h.hold.title, state: holdState(c, h.hold) });
  return named ? `${h.name} · ${label}` : label;
}

/** Menu entries for cancelling holds: ids `h<holdId>`. */
export function cancelChoices(
  c: Conversation,
  holds: ListedHold[],
  named: boolean,
  label: (text: string) => string = (text) => text,
): Choice[] {
  return holds.map((h) => ({ id: `h${h.hold.holdId}`, label: label(holdLabel(c, h, named)) }));
}

/** Cancels the hold chosen by menu id and says the outcome or the refusal in words. */
export async function cancelChosen(
  c: Conversation,
  deps: DialogDeps,
  ctx: { actor: Actor; holds: ListedHold[]; id: string },
): Promise<void> {
  const chosen = ctx.holds.find((h) => `h${h.hold.holdId}` === ctx.id);
  if (!chosen) return;
  const r = await c.act(async () => {
    const cancelled = await cancelHold(deps.lib, ctx.actor, chosen.hold.holdId);
    const next = cancelled.ok ? cancelled.value.nextHold : undefined;
    if (next) await deps.hooks.holdReady(next.holdId);
    return cancelled;
  });
  if (r.ok) c.say(c.t("reader_unreserve_done", { title: chosen.hold.title }));
  else if (r.code === "not_yours") c.say(c.t("reader_unreserve_not_yours"));
  else c.say(c.t("reader_unreserve_not_active"));
}
