/**
 * At most `limit` events per key in any window of `windowMs` (a sliding log, so the bound
 * holds for every window, not only for aligned seconds). Times are milliseconds from an
 * injected clock; nothing here reads the real time.
 */
export class SlidingWindow {
  private readonly log = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {
    if (!(limit >= 1) || !(windowMs > 0)) throw new RangeError("limit ≥ 1 and window > 0");
  }

  /** Milliseconds from `now` until one more event for `key` is allowed (0: now). */
  waitMs(key: string, now: number): number {
    const times = this.recent(key, now);
    if (times.length < this.limit) return 0;
    const oldest = times[times.length - this.limit] ?? now;
    return Math.max(0, oldest + this.windowMs - now);
  }

  record(key: string, now: number): void {
    const times = this.recent(key, now);
    times.push(now);
    this.log.set(key, times);
    if (this.log.size > 10_000) this.sweep(now);
  }

  private recent(key: string, now: number): number[] {
    const times = this.log.get(key) ?? [];
    const from = now - this.windowMs;
    let drop = 0;
    while (drop < times.length && (times[drop] ?? 0) <= from) drop++;
    return drop > 0 ? times.slice(drop) : times;
  }

  /** Forgets keys with no event in the window, so a school's many chats never pile up. */
  private sweep(now: number): void {
    for (const [key, times] of this.log) {
      if ((times[times.length - 1] ?? 0) <= now - this.windowMs) this.log.delete(key);
    }
  }
}

/**
 * One event every `minMs`–`maxMs` (a fresh random gap after each event), the pace of a
 * personal WeChat account that must not look like a machine. `random` is injectable for tests.
 */
export class JitteredInterval {
  private nextAt = 0;

  constructor(
    readonly minMs: number,
    readonly maxMs: number,
    private readonly random: () => number = Math.random,
  ) {
    if (!(minMs >= 0) || maxMs < minMs) throw new RangeError("0 ≤ min ≤ max");
  }

  waitMs(now: number): number {
    return Math.max(0, this.nextAt - now);
  }

  record(now: number): void {
    this.nextAt = now + this.minMs + this.random() * (this.maxMs - this.minMs);
  }
}
