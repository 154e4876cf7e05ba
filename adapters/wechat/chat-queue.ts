import { KeyedQueue } from "../../src/dialogs/engine/key-queue.ts";

/**
 * Messages of one conversation one after another, different conversations side by side (the
 * identity and dedupe steps before the Bot are async too, so the Bot's own ordering is not
 * enough). Tracks the work in hand for idle() and shutdown.
 */
export class ChatQueue {
  private readonly queue = new KeyedQueue();
  private readonly inHand = new Set<Promise<unknown>>();
  private closed = false;

  /** Queues a job; refused (false) once closed. A job's failure is the job's own business. */
  accept(key: string, job: () => Promise<void>): boolean {
    if (this.closed) return false;
    const run = this.queue.run(key, job).catch(() => undefined);
    this.inHand.add(run);
    void run.finally(() => this.inHand.delete(run));
    return true;
  }

  /** Resolves once no job is queued or running. */
  async idle(): Promise<void> {
    while (this.inHand.size > 0) await Promise.allSettled([...this.inHand]);
  }

  /** Takes no new jobs and waits for the ones in hand. */
  async close(): Promise<void> {
    this.closed = true;
    await this.idle();
  }
}
