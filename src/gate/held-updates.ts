import type { Db } from "../db/client.ts";
import { giveBackInboundUpdates, insertHeldInboundUpdate } from "../db/inbound-update-repo.ts";
import type { InboundRow, OpenUpdateRow } from "../db/inbound-update-repo.ts";
import type { Logger } from "../logger.ts";
import type { DoneMarks } from "./done-marks.ts";

interface Held {
  chatKey: string;
  row: OpenUpdateRow;
  /** No older update of the chat was open when it was stored: it is the one to answer now. */
  first: boolean;
}

/**
 * Updates this process took in already held (stored and claimed in one statement) and has not
 * begun to work on, by id.
 */
export class HeldUpdates {
  private readonly rows = new Map<number, Held>();

  constructor(private readonly opts: { db: Db; log: Logger; owner: string; marks: DoneMarks }) {}

  /** Stores an update held until `leaseUntil`; false when it was there already (a redelivery). */
  async store(chatKey: string, row: InboundRow, leaseUntil: Date): Promise<boolean> {
    const got = await this.insert(row, { owner: this.opts.owner, leaseUntil });
    if (got) this.rows.set(got.row.id, { chatKey, ...got });
    return got !== null;
  }

  /** The held update's row, no longer counted as held (work on it begins); else undefined. */
  take(id: number): OpenUpdateRow | undefined {
    const held = this.rows.get(id);
    this.rows.delete(id);
    return held?.row;
  }

  /** The chat's held update stored when no older one was open: the one to answer now. */
  firstOf(chatKey: string): OpenUpdateRow | null {
    for (const h of this.rows.values()) if (h.first && h.chatKey === chatKey) return h.row;
    return null;
  }

  /** Gives the chat's (or every) held update back as pending: another process answers them. */
  async giveBack(chatKey?: string): Promise<void> {
    const ids: number[] = [];
    for (const [id, h] of this.rows) {
      if (chatKey !== undefined && h.chatKey !== chatKey) continue;
      ids.push(id);
      this.rows.delete(id);
    }
    await giveBackInboundUpdates(this.opts.db, ids, this.opts.owner).catch((err: unknown) =>
      this.opts.log.warn({ err }, "giving inbound updates back failed"),
    );
  }

  /**
   * Stores the update held, in one commit with the pending "done" marks. Should that commit
   * fail (a deadlock on PostgreSQL), the update is stored alone: the marks wait for the next.
   */
  private async insert(row: InboundRow, hold: { owner: string; leaseUntil: Date }) {
    const { db, log, marks } = this.opts;
    if (marks.size === 0) return insertHeldInboundUpdate(db, row, hold);
    try {
      return await marks.commitWith((tx) => insertHeldInboundUpdate(tx, row, hold));
    } catch (err) {
      log.debug({ err }, "update stored without the done marks");
      return insertHeldInboundUpdate(db, row, hold);
    }
  }
}
