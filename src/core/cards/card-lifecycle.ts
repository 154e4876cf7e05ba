import { runTransaction } from "../../db/transact.ts";
import {
  cardNumberTaken,
  findCardPatron,
  findCardPatronByNumber,
  findLibrarianAccounts,
  updateCard,
} from "../../db/card-repo.ts";
import type { CardPatron } from "../../db/card-repo.ts";
import type { Tx } from "../../db/client.ts";
import { isLocale } from "../../locale.ts";
import { canActFor } from "../actor.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import type { NoticeDeps } from "../suggestion-answers.ts";
import { cleanCardNumber, usableStatus } from "./card-state.ts";

export type LostRefusal =
  "not_yours" | "card_not_issued" | "card_left" | "already_lost" | "card_confiscated";
export type DeskCardRefusal =
  | "not_librarian"
  | "unknown_card"
  | "card_not_issued"
  | "card_left"
  | "bad_number"
  | "number_taken"
  | "already_confiscated"
  | "not_confiscated";

/** What the librarian is told of a lost card. */
export interface LostCardNotice {
  name: string;
  cardNumber: string;
}

export interface CardChange {
  patronId: number;
  name: string;
  cardNumber: string;
  status: string;
}

const changed = (p: CardPatron, status: string, cardNumber = p.cardNumber): CardChange => ({
  patronId: p.id,
  name: p.name,
  cardNumber,
  status,
});

function closedRefusal(status: string): "card_not_issued" | "card_left" | undefined {
  if (status === "not_issued") return "card_not_issued";
  if (status === "left") return "card_left";
  return undefined;
}

async function tellLibrarians(
  tx: Tx,
  lib: Library,
  p: CardPatron,
  deps: NoticeDeps<LostCardNotice>,
) {
  const messages = (await findLibrarianAccounts(tx)).map((a) => ({
    dedupeKey: `card-lost:${p.id}:${lib.now().getTime()}:${a.platform}:${a.userId}`,
    platform: a.platform,
    chatId: a.userId,
    kind: "report" as const,
    text: deps.render(isLocale(a.locale) ? a.locale : deps.defaultLocale, {
      name: p.name,
      cardNumber: p.cardNumber,
    }),
  }));
  return messages.length === 0 ? 0 : deps.enqueue(tx, messages, lib.now());
}

/**
 * A parent or pupil (or the librarian) reports a card lost: it is blocked at once (status
 * `lost`: no loans, renewals or holds on it) and every librarian account is told through the
 * outbox. Loans stay with the reader. Refusals: not_yours, card_not_issued, card_left,
 * already_lost, card_confiscated (the library holds it).
 */
export async function reportLostCard(
  lib: Library,
  actor: Actor,
  patronId: number,
  deps: NoticeDeps<LostCardNotice>,
): Promise<Result<CardChange & { told: number }, LostRefusal>> {
  if (!canActFor(actor, patronId)) return refuse("not_yours");
  return runTransaction(
    lib.db,
    async (tx): Promise<Result<CardChange & { told: number }, LostRefusal>> => {
      const p = await findCardPatron(tx, patronId);
      if (!p) return refuse("not_yours");
      const closed = closedRefusal(p.status);
      if (closed) return refuse(closed);
      if (p.status === "lost") return refuse("already_lost");
      if (p.status === "confiscated") return refuse("card_confiscated");
      await updateCard(tx, p.id, { status: "lost" });
      const told = await tellLibrarians(tx, lib, p, deps);
      await audit(tx, actor, "card.lost", `patron:${p.id}`, { from: p.status });
      return ok({ ...changed(p, "lost"), told });
    },
  );
}

type DeskResult = Promise<Result<CardChange, DeskCardRefusal>>;

/** Finds the card for a librarian's desk action and refuses what no desk action may touch. */
async function deskCard(tx: Tx, actor: Actor, cardNumber: string) {
  if (!actor.isLibrarian) return refuse("not_librarian" as const);
  const p = await findCardPatronByNumber(tx, cardNumber.trim());
  if (!p) return refuse("unknown_card" as const);
  const closed = closedRefusal(p.status);
  return closed ? refuse(closed) : ok(p);
}

/**
 * The librarian reissues a card (补证): the reader keeps their record, so loans, holds and
 * history follow; the card number becomes `newNumber` (or the old number with "-B1", "-B2"…),
 * and the old number no longer borrows. The card is usable again (suspended while a loan is
 * still late enough). Refusals: not_librarian, unknown_card, card_not_issued, card_left,
 * bad_number, number_taken.
 */
export async function reissueCard(
  lib: Library,
  actor: Actor,
  input: { cardNumber: string; newNumber?: string },
): DeskResult {
  return runTransaction(lib.db, async (tx): DeskResult => {
    const found = await deskCard(tx, actor, input.cardNumber);
    if (!found.ok) return found;
    const p = found.value;
    const wanted = input.newNumber === undefined ? undefined : cleanCardNumber(input.newNumber);
    if (input.newNumber !== undefined && wanted === undefined) return refuse("bad_number");
    const number = wanted ?? (await nextNumber(tx, p.cardNumber));
    if (await cardNumberTaken(tx, number)) return refuse("number_taken");
    const usable = await usableStatus(tx, lib, p.id);
    await updateCard(tx, p.id, { ...usable, cardNumber: number });
    await audit(tx, actor, "card.reissue", `patron:${p.id}`, { from: p.status, to: usable.status });
    return ok(changed(p, usable.status, number));
  });
}

async function nextNumber(tx: Tx, old: string): Promise<string> {
  const base = old.replace(/-B\d+$/, "");
  for (let n = 1; ; n += 1) {
    const candidate = `${base}-B${n}`;
    if (!(await cardNumberTaken(tx, candidate))) return candidate;
  }
}

/**
 * The librarian confiscates a card (过期不还将没收借书证): it borrows nothing until returned.
 * Refusals: not_librarian, unknown_card, card_not_issued, card_left, already_confiscated.
 */
export async function confiscateCard(lib: Library, actor: Actor, cardNumber: string): DeskResult {
  return runTransaction(lib.db, async (tx): DeskResult => {
    const found = await deskCard(tx, actor, cardNumber);
    if (!found.ok) return found;
    const p = found.value;
    if (p.status === "confiscated") return refuse("already_confiscated");
    await updateCard(tx, p.id, { status: "confiscated" });
    await audit(tx, actor, "card.confiscate", `patron:${p.id}`, { from: p.status });
    return ok(changed(p, "confiscated"));
  });
}

/**
 * The librarian gives a confiscated card back: usable again (suspended while a loan is still
 * late enough). Refusals: not_librarian, unknown_card, card_not_issued, card_left,
 * not_confiscated.
 */
export async function returnCard(lib: Library, actor: Actor, cardNumber: string): DeskResult {
  return runTransaction(lib.db, async (tx): DeskResult => {
    const found = await deskCard(tx, actor, cardNumber);
    if (!found.ok) return found;
    const p = found.value;
    if (p.status !== "confiscated") return refuse("not_confiscated");
    const usable = await usableStatus(tx, lib, p.id);
    await updateCard(tx, p.id, usable);
    await audit(tx, actor, "card.return", `patron:${p.id}`, { to: usable.status });
    return ok(changed(p, usable.status));
  });
}
