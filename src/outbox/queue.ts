import type { Enqueue, OutboundMessage } from "../core/broadcasts/outbound.ts";
import { outboxKinds } from "../core/broadcasts/outbound.ts";
import type { OutboxRowInput } from "../db/outbox-repo.ts";
import { insertOutboxRows, markGroupRows } from "../db/outbox-repo.ts";

/** The Broadcast id of a "broadcast:<id>:…" key, for the delivery report. */
function broadcastIdOf(m: OutboundMessage): number | null {
  if (m.kind !== "broadcast") return null;
  const id = /^broadcast:(\d+):/.exec(m.dedupeKey)?.[1];
  return id === undefined ? null : Number(id);
}

function toRow(m: OutboundMessage, at: Date): OutboxRowInput {
  if (!m.dedupeKey || !m.platform || !m.chatId) throw new Error("outbox row needs key and chat");
  if (!(outboxKinds as readonly string[]).includes(m.kind)) throw new Error(`kind "${m.kind}"`);
  if (!m.text.trim()) throw new Error(`outbox row ${m.dedupeKey} has no text`);
  const payload = JSON.stringify({
    text: m.text,
    ...(m.choices ? { choices: m.choices } : {}),
    ...(m.image ? { image: m.image } : {}),
  });
  return {
    dedupeKey: m.dedupeKey,
    platform: m.platform,
    chatId: m.chatId,
    kind: m.kind,
    payload,
    urgent: m.urgent ?? false,
    at,
    broadcastId: broadcastIdOf(m),
  };
}

/**
 * The enqueue side of the outbox: one pending row per message, due at `at`, inside the
 * caller's transaction. A message whose dedupe key is already queued (or sent) is skipped,
 * so enqueueing the same notice twice — a retried job, a second process — never doubles it.
 * Rows to linked class groups are marked as group rows (paced per group); broadcast rows
 * carry their Broadcast id. Resolves with the number of rows added. The sender (pacing,
 * retries, quiet hours) reads the rows later.
 */
export const enqueue: Enqueue = async (tx, messages, at) => {
  if (messages.length === 0) return 0;
  const added = await insertOutboxRows(
    tx,
    messages.map((m) => toRow(m, at)),
  );
  for (const platform of new Set(messages.map((m) => m.platform)))
    await markGroupRows(tx, platform);
  return added;
};
