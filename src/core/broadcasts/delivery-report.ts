import {
  findBroadcastById,
  findBroadcastDeliveries,
  findRecentBroadcasts,
} from "../../db/broadcast-export-repo.ts";
import type { DeliveryRow } from "../../db/broadcast-export-repo.ts";
import type { Actor } from "../actor.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";

export interface SentBroadcast {
  id: number;
  text: string;
  createdAt: Date;
  recipientCount: number;
}

/** A broadcast and its delivery: one outbox row per recipient chat, as queued. */
export interface BroadcastDelivery {
  broadcast: SentBroadcast;
  deliveries: DeliveryRow[];
}

const mayRead = (actor: Actor) => actor.isLibrarian && actor.kind !== "group";

/** The newest `take` broadcasts, newest first (the librarian picks one to report on). */
export async function recentBroadcasts(
  lib: Library,
  actor: Actor,
  take: number,
): Promise<Result<SentBroadcast[], "not_librarian">> {
  if (!mayRead(actor)) return refuse("not_librarian");
  return ok(await findRecentBroadcasts(lib.db, take));
}

/**
 * Broadcast `id` with the delivery of each of its messages (who, sent or not, why it failed).
 * The delivery report names recipients, so it is the librarian's only; `no_such_broadcast`
 * for an id that was never sent.
 */
export async function broadcastDelivery(
  lib: Library,
  actor: Actor,
  id: number,
): Promise<Result<BroadcastDelivery, "not_librarian" | "no_such_broadcast">> {
  if (!mayRead(actor)) return refuse("not_librarian");
  const broadcast = await findBroadcastById(lib.db, id);
  if (!broadcast) return refuse("no_such_broadcast");
  return ok({ broadcast, deliveries: await findBroadcastDeliveries(lib.db, id) });
}
