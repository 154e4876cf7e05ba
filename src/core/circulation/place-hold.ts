import type { Tx } from "../../db/client.ts";
import { titleHasCopyWithStatus } from "../../db/copy-repo.ts";
import {
  countActiveHolds,
  countQueuedAhead,
  createHold,
  findActiveHoldOf,
  findHold,
  findHoldableTitle,
} from "../../db/hold-repo.ts";
import { hasOpenLoanOfTitle } from "../../db/loan-repo.ts";
import { findPatronById } from "../../db/patron-repo.ts";
import { setToldPosition } from "../../db/queue-position-repo.ts";
import { canActFor } from "../actor.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import { cardRefusal, rulesFor } from "./rules.ts";
import { runTransaction } from "../../db/transact.ts";

export type PlaceHoldRefusal =
  | "not_yours"
  | "unknown_title"
  | "card_not_issued"
  | "suspended"
  | "card_left"
  | "card_blocked"
  | "reference_only"
  | "on_shelf"
  | "no_copies"
  | "already_on_loan"
  | "already_held"
  | "too_many_holds";

export interface HoldPlaced {
  holdId: number;
  position: number;
}

/**
 * Place in the queue of a queued hold: 1 + the queued holds on the same title that come
 * before it in queue order (placedAt, id). Null when the hold is unknown or no longer queued.
 * Takes the database or a transaction.
 */
export async function holdPosition(db: Tx, holdId: number): Promise<number | null> {
  const hold = await findHold(db, holdId);
  if (!hold || hold.status !== "queued") return null;
  return 1 + (await countQueuedAhead(db, hold.titleId, hold.placedAt, hold.id));
}

type Patron = NonNullable<Awaited<ReturnType<typeof findPatronById>>>;

async function titleRefusal(
  tx: Tx,
  lib: Library,
  patron: Patron,
  title: { id: number; isReference: boolean },
): Promise<PlaceHoldRefusal | null> {
  if (title.isReference) return "reference_only";
  if (await titleHasCopyWithStatus(tx, title.id, "available")) return "on_shelf";
  // Only lost, damaged or withdrawn copies (or none): the hold could never be filled. A copy
  // in repair comes back: the hold is served then.
  if (!(await titleHasCopyWithStatus(tx, title.id, "on_loan", "on_hold_shelf", "in_repair"))) {
    return "no_copies";
  }
  if (await hasOpenLoanOfTitle(tx, patron.id, title.id)) return "already_on_loan";
  if (await findActiveHoldOf(tx, patron.id, title.id)) return "already_held";
  const { maxHolds } = rulesFor(lib.policy, patron.role);
  if ((await countActiveHolds(tx, patron.id)) >= maxHolds) return "too_many_holds";
  return null;
}

/**
 * Reserves a title for a patron the actor may act for. Holds are title-level and only queue
 * when no copy is on the shelf (on_shelf: come and borrow it). Refusals in the order of
 * PlaceHoldRefusal; not_yours also for a patron id that does not exist. maxHolds counts
 * queued and ready holds. Returns the new hold's queue position.
 */
export async function placeHold(
  lib: Library,
  actor: Actor,
  input: { patronId: number; titleId: number },
): Promise<Result<HoldPlaced, PlaceHoldRefusal>> {
  if (!canActFor(actor, input.patronId)) return refuse("not_yours");
  return runTransaction(lib.db, async (tx): Promise<Result<HoldPlaced, PlaceHoldRefusal>> => {
    const patron = await findPatronById(tx, input.patronId);
    if (!patron) return refuse("not_yours");
    const title = await findHoldableTitle(tx, input.titleId);
    if (!title) return refuse("unknown_title");
    const refusal = cardRefusal(patron.status) ?? (await titleRefusal(tx, lib, patron, title));
    if (refusal) return refuse(refusal);
    const hold = await createHold(tx, {
      patronId: patron.id,
      titleId: title.id,
      placedAt: lib.now(),
    });
    const position = (await holdPosition(tx, hold.id)) ?? 1;
    await setToldPosition(tx, hold.id, position); // the reader is told it now
    await audit(tx, actor, "hold.place", `hold:${hold.id}`, { titleId: title.id, position });
    return ok({ holdId: hold.id, position });
  });
}
