import { findQueuedHolds, setToldPosition } from "../../db/queue-position-repo.ts";
import type { Library } from "../library.ts";
import { runTransaction } from "../../db/transact.ts";

/** A reader whose place in a hold queue improved since they were last told. */
export interface QueueMove {
  holdId: number;
  patronId: number;
  patronName: string;
  title: string;
  /** The place they were last told, and the place now (1 = next in line). */
  from: number;
  to: number;
}

/** A queue place to record as told once the notices are enqueued. */
export interface ToldPosition {
  holdId: number;
  position: number;
}

/**
 * Scheduled job (system): every queued hold's place now (1 + the queued holds on the title
 * before it), compared with the place its reader was last told (on placing the hold, or by an
 * earlier digest). `moves` are the holds whose place improved; `record` are all holds whose
 * told place differs from now (a hold placed before places were recorded gets its place
 * recorded without a notice). Record them with `recordToldPositions` after enqueueing.
 */
export async function queueMoves(
  lib: Library,
): Promise<{ moves: QueueMove[]; record: ToldPosition[] }> {
  const rows = await findQueuedHolds(lib.db);
  const moves: QueueMove[] = [];
  const record: ToldPosition[] = [];
  let titleId = -1;
  let position = 0;
  for (const h of rows) {
    position = h.titleId === titleId ? position + 1 : 1;
    titleId = h.titleId;
    if (h.toldPosition === position) continue;
    record.push({ holdId: h.id, position });
    if (h.toldPosition === null || h.toldPosition < position) continue;
    const base = { holdId: h.id, patronId: h.patronId, patronName: h.patron.name };
    moves.push({ ...base, title: h.title.title, from: h.toldPosition, to: position });
  }
  return { moves, record };
}

/** Stores the places readers have now been told, in one transaction. */
export async function recordToldPositions(lib: Library, told: ToldPosition[]): Promise<void> {
  if (told.length === 0) return;
  await runTransaction(lib.db, async (tx) => {
    for (const t of told) await setToldPosition(tx, t.holdId, t.position);
  });
}
