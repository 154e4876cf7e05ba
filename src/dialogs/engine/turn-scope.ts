import type { SessionWrite } from "../../db/dialog-session-repo.ts";
import type { EffectScope } from "../../db/transact.ts";

/**
 * What a turn run by the inbound gate writes besides its effects: the dialog state changes,
 * which the gate applies with the turn's replies in one transaction, and the scope that
 * receipts the turn's core writes (so a turn handled again after a crash writes nothing twice).
 */
export interface TurnScope {
  sessionWrites: SessionWrite[];
  effects: EffectScope;
}
