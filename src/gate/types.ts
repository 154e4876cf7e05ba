import type { TurnScope } from "../dialogs/engine/turn-scope.ts";
import type { Inbound, Reply } from "../messages.ts";
import type { SendPort } from "../outbox/ports.ts";

/** What an adapter hands the gate: one platform update, already read as a neutral message. */
export interface GateUpdate {
  platform: string;
  /** The platform's id of the update (unique per platform): a redelivery has the same one. */
  updateId: string;
  inbound: Inbound;
  /** A fixed answer instead of the bot's (WeChat: "I read text only"). */
  answer?: Reply[];
  /** What the adapter needs later to settle the update (Telegram: the pressed button). JSON. */
  extra?: unknown;
}

/** An update as stored: what `ReplyChannel.settle` and `visible` see again after a restart. */
export interface StoredUpdate {
  inbound: Inbound;
  answer?: Reply[];
  extra?: unknown;
}

/**
 * How the gate answers on one platform: the platform's send port (the outbox's too), and for
 * Telegram presses what to do before the replies (answer the query, remove the keyboard) and
 * which replies are shown as messages (an expired press is only a toast).
 */
export interface ReplyChannel {
  port: SendPort;
  /** Once, before the first reply is sent; must not throw (failures are the adapter's to log). */
  settle?(update: StoredUpdate, replies: Reply[]): Promise<void>;
  /** The replies sent as messages; default all. Must be a pure function of its arguments. */
  visible?(update: StoredUpdate, replies: Reply[]): Reply[];
}

/** Answers one message within a turn scope (the Bot); throws when the turn failed. */
export type TurnHandler = (inbound: Inbound, scope: TurnScope) => Promise<Reply[]>;

/** A platform served by this process: who answers its messages, and how replies go out. */
export interface PlatformLink extends ReplyChannel {
  handle: TurnHandler;
}
