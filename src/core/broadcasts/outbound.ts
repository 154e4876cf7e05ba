import type { Tx } from "../../db/client.ts";
import type { ReplyFile } from "../../messages.ts";

/** What an outbox row is for (Outbox.kind). */
export const outboxKinds = [
  "broadcast",
  "reminder",
  "hold_ready",
  "rota",
  "figures",
  "activity",
  "recall",
  "report",
  "suggestion",
] as const;
export type OutboxKind = (typeof outboxKinds)[number];

/** One proactive message to one chat (a person's private chat or a group). */
export interface OutboundMessage {
  /** Unique per notice and recipient: enqueueing the same key again is a no-op. */
  dedupeKey: string;
  platform: string;
  chatId: string;
  kind: OutboxKind;
  text: string;
  choices?: { id: string; label: string }[];
  /**
   * A picture sent with `text` as its caption (the Friday figures chart): stored in the row as
   * base64, so what goes out after a restart is what the job drew.
   */
  image?: ReplyFile;
  /** Urgent rows are not held back by quiet hours. */
  urgent?: boolean;
}

/**
 * The outbox's enqueue, passed in by the caller (src/outbox/queue.ts implements it): core may
 * not import the outbox, yet must enqueue in the same transaction as the write it announces.
 * Resolves with the number of rows actually added (duplicates skipped).
 */
export type Enqueue = (tx: Tx, messages: readonly OutboundMessage[], at: Date) => Promise<number>;
