import { insertAudit } from "../db/audit-repo.ts";
import type { Tx } from "../db/client.ts";
import type { Actor } from "./actor.ts";

/**
 * Records a write made by an actor, inside the same transaction as the write.
 * `subject` names what changed by id ("loan:12"), never by a person's name.
 */
export function audit(
  tx: Tx,
  actor: Actor,
  action: string,
  subject: string,
  detail: Record<string, unknown> = {},
): Promise<void> {
  return insertAudit(tx, { memberId: actor.memberId, actor: actor.kind, action, subject, detail });
}
