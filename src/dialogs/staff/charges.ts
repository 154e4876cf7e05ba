import type { Actor } from "../../core/actor.ts";
import { declareDamaged, declareLost, settleCharge } from "../../core/circulation/charges.ts";
import type { WriteOffRefusal, WrittenOff } from "../../core/circulation/charges.ts";
import { listOpenCharges } from "../../core/circulation/open-charges.ts";
import type { OpenCharge } from "../../core/circulation/open-charges.ts";
import { choosePaged } from "../engine/paginate.ts";
import { parsePriceCents } from "../../core/imports/values.ts";
import { yuan } from "../money.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import type { Conversation } from "../types.ts";
import { isGroupChat } from "../intent.ts";

type WriteOffKind = "lost" | "damaged";

function refusalText(c: Conversation, code: WriteOffRefusal, barcode: string, amount: string) {
  switch (code) {
    case "not_librarian":
      return c.t("charge_librarian_only");
    case "unknown_copy":
      return c.t("desk_unknown_copy", { barcode });
    case "not_on_loan":
      return c.t("charge_not_on_loan", { barcode });
    case "invalid_amount":
    case "no_price":
      return c.t("charge_bad_amount", { text: amount });
  }
}

function doneText(c: Conversation, kind: WriteOffKind, done: WrittenOff): string {
  const p = { title: done.title, amount: yuan(done.amountCents), id: done.chargeId };
  const free = done.amountCents === 0;
  const line =
    kind === "lost"
      ? c.t(free ? "charge_lost_free" : "charge_lost_done", p)
      : free
        ? c.t("charge_damaged_free", { title: done.title })
        : c.t("charge_damaged_done", p);
  return done.suspensionLifted ? `${line}\n${c.t("desk_returned_unsuspended")}` : line;
}

/** The barcode and an amount (yuan, maybe empty) from the command's words, or asked for. */
async function barcodeAndAmount(c: Conversation, kind: WriteOffKind, args: string) {
  let words = args.split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    const ask = kind === "lost" ? "charge_ask_barcode_lost" : "charge_ask_barcode_damaged";
    words = (await c.ask(c.t(ask))).split(/\s+/).filter(Boolean);
  }
  const [barcode = "", amountText = ""] = words;
  return { barcode, amountText };
}

async function writeOffAndTell(
  deps: DialogDeps,
  actor: Actor,
  kind: WriteOffKind,
  input: { barcode: string; amountCents?: number },
) {
  const done = await (kind === "lost" ? declareLost : declareDamaged)(deps.lib, actor, input);
  if (done.ok)
    for (const h of done.value.readyAfterLift ?? []) await deps.hooks.holdReady(h.holdId);
  return done;
}

/**
 * 丢失 BARCODE [AMOUNT] / 损坏 BARCODE [AMOUNT] (librarian, private chat): the borrowed copy
 * will not come back as it left; its loan closes and the borrower owes the amount given, by
 * default the list price (0: no charge, e.g. a repairable book). A copy with no list price
 * and no amount asks for one. A suspension this ends serves the reader's waiting holds, and
 * their notices go out.
 */
export const writeOffDialog =
  (deps: DialogDeps, kind: WriteOffKind): IntentDialog =>
  async (c, { actor, chat, args }) => {
    if (isGroupChat(chat, actor) || !actor.isLibrarian) return c.say(c.t("charge_librarian_only"));
    const typed = await barcodeAndAmount(c, kind, args);
    const { barcode } = typed;
    let { amountText } = typed;
    for (;;) {
      const amountCents = amountText ? parsePriceCents(amountText) : undefined;
      if (amountText && amountCents === undefined) {
        return c.say(c.t("charge_bad_amount", { text: amountText }));
      }
      const input = { barcode, ...(amountCents === undefined ? {} : { amountCents }) };
      const r = await c.act(() => writeOffAndTell(deps, actor, kind, input));
      if (r.ok) return c.say(doneText(c, kind, r.value));
      if (r.code !== "no_price") return c.say(refusalText(c, r.code, barcode, amountText));
      amountText = (await c.ask(c.t("charge_ask_amount"))).trim();
    }
  };

function chargeLabel(c: Conversation, o: OpenCharge): string {
  return c.t("charges_label", {
    id: o.chargeId,
    name: o.patronName,
    className: o.className ?? "",
    title: o.title,
    amount: yuan(o.amountCents),
    lost: o.kind === "lost",
  });
}

async function settleOne(c: Conversation, deps: DialogDeps, actor: Actor, open: OpenCharge) {
  const menu = [
    { id: "paid", label: c.t("charges_paid_choice") },
    { id: "waived", label: c.t("charges_waive_choice") },
    { id: "back", label: c.t("charges_back_choice") },
  ];
  const outcome = await c.choose(c.t("charges_settle", { label: chargeLabel(c, open) }), menu);
  if (outcome !== "paid" && outcome !== "waived") return false;
  const r = await c.act(() => settleCharge(deps.lib, actor, open.chargeId, outcome));
  const id = open.chargeId;
  if (!r.ok) c.say(c.t("charges_not_open", { id }));
  else c.say(c.t(outcome === "paid" ? "charges_paid" : "charges_waived", { id }));
  return true;
}

/** 赔偿 (librarian, private chat): open charges as a menu; each is recorded paid or waived. */
export const chargesDialog =
  (deps: DialogDeps): IntentDialog =>
  async (c, { actor, chat }) => {
    if (isGroupChat(chat, actor) || !actor.isLibrarian) return c.say(c.t("charge_librarian_only"));
    for (;;) {
      const list = await c.act(() => listOpenCharges(deps.lib, actor));
      if (!list.ok) return c.say(c.t("charge_librarian_only"));
      if (list.value.length === 0) return c.say(c.t("charges_none"));
      const choices = list.value.map((o) => ({ id: `c${o.chargeId}`, label: chargeLabel(c, o) }));
      const id = await choosePaged(c, c.t("charges_pick", { count: list.value.length }), choices);
      const chosen = list.value.find((o) => `c${o.chargeId}` === id);
      if (!chosen || (await settleOne(c, deps, actor, chosen))) return;
    }
  };
