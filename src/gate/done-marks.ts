import type { Db, Tx } from "../db/client.ts";
import { rawTransaction } from "../db/direct-sql.ts";
import { markInboundDone } from "../db/inbound-update-repo.ts";
import type { Logger } from "../logger.ts";

type Marks = Map<number, number>;

/**
 * The "done" marks of updates whose replies are all out, written with the next transaction this
 * process commits anyway (a message taken in, a turn's commit), or else in one statement for
 * all of them once the work in hand has settled (`setImmediate`): one commit less per message.
 *
 * Until written, the update stays open and held by this process (its heartbeat renews the
 * lease), so no other process takes it, and this one looks past it (`has`). A crash before the
 * mark is written sends that update's last reply again, as a crash right after a send always
 * could. Each mark is written by one statement at a time (never by two transactions at once,
 * which on PostgreSQL could lock each other's rows in opposite orders).
 */
export class DoneMarks {
  /** Update id → replies sent: not written yet. */
  private readonly pending: Marks = new Map();
  /** Being written now by one transaction or statement. */
  private readonly inFlight: Marks = new Map();
  private flushing: Promise<void> | null = null;
  private scheduled = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Db,
    private readonly owner: string,
    private readonly now: () => Date,
    private readonly log: Logger,
    /** When pending marks are written on their own; default once the work in hand settles. */
    private readonly schedule: (flush: () => void) => void = setImmediate,
  ) {}

  /** The update's replies are all out (`count` of them). */
  add(id: number, count: number): void {
    this.pending.set(id, count);
    this.flushSoon();
  }

  /** Whether the update is answered in full and its mark not committed yet. */
  has(id: number): boolean {
    return this.pending.has(id) || this.inFlight.has(id);
  }

  /** Marks not committed yet. */
  get size(): number {
    return this.pending.size + this.inFlight.size;
  }

  /**
   * Runs `write` in one transaction that first writes the marks pending now; they count as
   * written once it commits, and are pending again if it rolls back.
   */
  async commitWith<R>(write: (tx: Tx) => Promise<R>): Promise<R> {
    const marks = this.take();
    try {
      const result = await rawTransaction(this.db, async (tx) => {
        if (marks.size > 0) await markInboundDone(tx, this.owner, marks, this.now());
        return write(tx);
      });
      this.settle(marks, true);
      return result;
    } catch (e) {
      this.settle(marks, false);
      throw e;
    }
  }

  /** Writes every pending mark in one go; a failure keeps them for another try a second later. */
  flush(): Promise<void> {
    this.flushing ??= this.write().then((ok) => {
      this.flushing = null;
      // Marks added while this write was out are written by the next one.
      if (ok && this.pending.size > 0) this.flushSoon();
    });
    return this.flushing;
  }

  /** Stops retrying later (the gate closes; it flushes itself first). */
  stop(): void {
    clearTimeout(this.retry);
  }

  private flushSoon(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  /** False when writing failed (another try is set for a second later). */
  private async write(): Promise<boolean> {
    if (this.pending.size === 0) return true;
    const marks = this.take();
    try {
      await markInboundDone(this.db, this.owner, marks, this.now());
      this.settle(marks, true);
      return true;
    } catch (err) {
      this.settle(marks, false);
      this.log.warn({ err }, "marking inbound updates done failed; will retry");
      clearTimeout(this.retry);
      this.retry = setTimeout(() => void this.flush(), 1_000).unref();
      return false;
    }
  }

  /** The pending marks, moved in flight. */
  private take(): Marks {
    const marks = new Map(this.pending);
    this.pending.clear();
    for (const [id, count] of marks) this.inFlight.set(id, count);
    return marks;
  }

  /** Ends marks in flight: written, or pending again (unless a newer count came meanwhile). */
  private settle(marks: Marks, written: boolean): void {
    for (const [id, count] of marks) {
      this.inFlight.delete(id);
      if (!written && !this.pending.has(id)) this.pending.set(id, count);
    }
  }
}
