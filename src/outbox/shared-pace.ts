import { ensurePaceRow, pausePace, takeSlot } from "../db/platform-pace-repo.ts";
import type { Db } from "../db/client.ts";
import type { TakenSlot } from "../db/platform-pace-repo.ts";
import { arrivalMarginMs } from "./pacing.ts";
import type { TelegramPacing } from "./pacing.ts";

/**
 * One platform's overall send rate, kept in the database so that every process sending for
 * the platform shares it: 30 messages a second for Telegram in total, however many processes
 * deliver the outbox. Each message takes a slot of its own, `gapMs` after the one before, and
 * is sent no earlier than its slot; a 429 one process earns pauses them all.
 */
export class SharedPace {
  private ready = false;

  constructor(
    private readonly db: Db,
    readonly platform: string,
    /** Milliseconds between two messages of the platform, whichever process sends them. */
    readonly gapMs: number,
  ) {
    if (!(gapMs > 0)) throw new RangeError("gap > 0");
  }

  /** Takes the next send slot (see takeSlot). */
  async take(now: number): Promise<TakenSlot> {
    if (!this.ready) {
      await ensurePaceRow(this.db, this.platform);
      this.ready = true;
    }
    const slot = await takeSlot(this.db, this.platform, now, this.gapMs);
    if (!slot) throw new Error(`no pace row for ${this.platform}`);
    return slot;
  }

  /** Holds the platform's sends in every process until `until`. */
  pauseUntil(until: number): Promise<void> {
    return pausePace(this.db, this.platform, until);
  }
}

/**
 * The gap between two Telegram messages of the whole bot. Evenly spaced sends arrive at most
 * ⌈(1 000 + d) / gap⌉ in any second when each is delayed by at most d on its way, so the gap
 * leaves room for `arrivalMarginMs` of delay twice over: 35 ms, 28.6 messages a second.
 */
export function telegramGapMs(c: TelegramPacing): number {
  return Math.ceil((1_000 + 2 * arrivalMarginMs) / c.perSecond);
}
