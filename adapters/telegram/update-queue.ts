import { setTimeout as sleep } from "node:timers/promises";
import { KeyedQueue } from "../../src/dialogs/engine/key-queue.ts";
import type { Incoming } from "./inbound.ts";

export interface UpdateQueueOptions {
  /** Records the update as taken in; false for one already taken in (skipped). */
  claim: (updateId: string) => Promise<boolean>;
  /** Answers the update; must not throw (a throw is passed to `onError`). */
  work: (incoming: Incoming) => Promise<void>;
  onError: (error: unknown, incoming: Incoming) => void;
}

/**
 * Takes updates in without making the transport wait: updates of one chat run in order, one
 * after another, different chats at the same time. Each update is claimed (processed once)
 * right before it is handled. `close` stops taking updates and waits for those in hand.
 */
export class UpdateQueue {
  private readonly chats = new KeyedQueue();
  private readonly inHand = new Set<Promise<void>>();
  private closed = false;

  constructor(private readonly opts: UpdateQueueOptions) {}

  /** Queues an update behind the others of its chat; returns at once. */
  accept(incoming: Incoming): void {
    if (this.closed) return;
    const job = this.chats
      .run(incoming.chatKey, () => this.run(incoming))
      .catch((e: unknown) => this.opts.onError(e, incoming));
    this.inHand.add(job);
    void job.finally(() => this.inHand.delete(job));
  }

  private async run(incoming: Incoming): Promise<void> {
    if (!(await this.opts.claim(incoming.updateId))) return;
    await this.opts.work(incoming);
  }

  /** Resolves once no update is queued or running (health checks, tests). */
  async idle(): Promise<void> {
    while (this.inHand.size > 0) await Promise.allSettled([...this.inHand]);
  }

  /** Takes no more updates and waits (at most `timeoutMs`) for the ones in hand. */
  async close(timeoutMs = 15_000): Promise<void> {
    this.closed = true;
    const deadline = sleep(timeoutMs, undefined, { ref: false });
    await Promise.race([Promise.allSettled([...this.inHand]), deadline]);
  }
}
