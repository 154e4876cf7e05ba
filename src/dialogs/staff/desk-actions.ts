import type { Actor } from "../../core/actor.ts";
import { checkout } from "../../core/circulation/checkout.ts";
import { returnCopy } from "../../core/circulation/return-copy.ts";
import { returnFromCorner } from "../../core/corners/class-corner.ts";
import { weekRota } from "../../core/reports/week-rota.ts";
import type { DialogDeps } from "../intent.ts";
import type { Conversation } from "../types.ts";
import type { DeskMode } from "./desk-input.ts";
import { checkedOutText, deskRefusal, returnedText } from "./desk-words.ts";
import { dutyLine } from "./rota-lines.ts";

/** How a batch of desk actions went: how many succeeded, and whether the desk was refused. */
export interface DeskOutcome {
  done: number;
  notStaff: boolean;
}

/**
 * Why this actor may not work the desk: a student librarian off duty gets this week's shifts,
 * anyone else who may.
 */
export async function explainNotStaff(c: Conversation, deps: DialogDeps, actor: Actor) {
  if (!actor.isStudentLibrarian || actor.selfPatronId === undefined) {
    return c.say(c.t("desk_not_staff"));
  }
  const rota = await c.act(() => weekRota(deps.lib, actor));
  const own = rota.entries.filter((e) => e.kind === "duty" && e.patronId === actor.selfPatronId);
  const shifts = own.map((e) => dutyLine(c, e, false));
  c.say(
    [
      c.t("desk_off_duty"),
      ...(shifts.length ? [c.t("duty_header"), ...shifts] : [c.t("duty_none_mine")]),
    ].join("\n"),
  );
}

/** Refusals about one book: the next barcode may still go to this card. */
const bookRefusals = new Set([
  "unknown_copy",
  "reference_only",
  "not_available",
  "in_repair",
  "held_for_other",
]);

/** Lends each barcode to the card; stops at a refusal that concerns the card or the desk. */
async function checkoutAll(c: Conversation, deps: DialogDeps, actor: Actor, codes: string[]) {
  const [card = "", ...barcodes] = codes;
  const out: DeskOutcome = { done: 0, notStaff: false };
  for (const barcode of barcodes) {
    const r = await c.act(async () => {
      const lent = await checkout(deps.lib, actor, { cardNumber: card, barcode });
      if (lent.ok && lent.value.nextHold) await deps.hooks.holdReady(lent.value.nextHold.holdId);
      return lent;
    });
    if (r.ok) {
      out.done += 1;
      c.say(checkedOutText(c, r.value));
      continue;
    }
    if (r.code === "not_desk_staff") return { ...out, notStaff: true };
    c.say(deskRefusal(c, r.code, { card, barcode, ...(r.detail ? { detail: r.detail } : {}) }));
    if (!bookRefusals.has(r.code)) return out;
  }
  return out;
}

/**
 * A copy not on a personal loan may be in a class corner (集体借阅): the desk takes it back by
 * the corner's own rule (returnFromCorner: the corner loan closes, audited, a waiting hold is
 * served) and says which class's corner it came from. False when it is not in a corner either.
 */
async function cornerReturn(c: Conversation, deps: DialogDeps, actor: Actor, barcode: string) {
  const r = await c.act(async () => {
    const back = await returnFromCorner(deps.lib, actor, { barcode });
    if (back.ok && back.value.holdId !== undefined) await deps.hooks.holdReady(back.value.holdId);
    return back;
  });
  if (r.ok) c.say(c.t("corner_returned", r.value));
  return r.ok;
}

/** Takes back each barcode: a personal loan, or else a class corner's copy. */
async function returnAll(c: Conversation, deps: DialogDeps, actor: Actor, codes: string[]) {
  const out: DeskOutcome = { done: 0, notStaff: false };
  for (const barcode of codes) {
    const r = await c.act(async () => {
      const back = await returnCopy(deps.lib, actor, { barcode });
      if (!back.ok) return back;
      const { hold, readyAfterLift = [] } = back.value;
      for (const h of [...(hold ? [hold] : []), ...readyAfterLift]) {
        await deps.hooks.holdReady(h.holdId);
      }
      return back;
    });
    if (r.ok) {
      out.done += 1;
      c.say(returnedText(c, r.value));
    } else if (r.code === "not_desk_staff") return { ...out, notStaff: true };
    else if (r.code === "not_on_loan" && (await cornerReturn(c, deps, actor, barcode)))
      out.done += 1;
    else c.say(deskRefusal(c, r.code, { barcode }));
  }
  return out;
}

/** Runs one desk request: a card and barcodes (checkout) or barcodes (return). */
export function performDesk(
  c: Conversation,
  deps: DialogDeps,
  actor: Actor,
  request: { mode: DeskMode; codes: string[] },
): Promise<DeskOutcome> {
  return request.mode === "checkout"
    ? checkoutAll(c, deps, actor, request.codes)
    : returnAll(c, deps, actor, request.codes);
}
