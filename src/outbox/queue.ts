import type { Enqueue, OutboundMessage } from "../core/broadcasts/outbound.ts";
import { outboxKinds } from "../core/broadcasts/outbound.ts";
import type { OutboxRowInput } from "../db/outbox-repo.ts";
import { insertOutboxRows } from "../db/outbox-repo.ts";

function toRow(m: OutboundMessage, at: Date): OutboxRowInput {
  if (!m.dedupeKey || !m.platform || !m.chatId) throw new Error("outbox row needs key and chat");
  if (!(outboxKinds as readonly string[]).includes(m.kind)) throw new Error(`kind "${m.kind}"`);
  if (!m.text.trim()) throw new Error(`outbox row ${m.dedupeKey} has no text`);
  const payload = JSON.stringify(
    m.choices ? { text: m.text, choices: m.choices } : { text: m.text },
  );
  return {
    dedupeKey: m.dedupeKey,
    platform: m.platform,
    chatId: m.chatId,
    kind: m.kind,
    payload,
    urgent: m.urgent ?? false,
    at,
  };
}

/**
 * The enqueue side of the outbox: one pending row per message, due at `at`, inside the
 * caller's transaction. A message whose dedupe key is already queued (or sent) is skipped,
 * so enqueueing the same notice twice — a retried job, a second process — never doubles it.
 * Resolves with the number of rows added. The sender (pacing, retries, quiet hours) reads
 * the rows later.
 */
export const enqueue: Enqueue = async (tx, messages, at) => {
  const rows = messages.map((m) => toRow(m, at));
  return insertOutboxRows(tx, rows);
};
