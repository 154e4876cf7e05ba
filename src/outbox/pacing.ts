import { JitteredInterval, SlidingWindow } from "./limiter.ts";

/** Telegram's documented limits for a bot (docs/architecture.md, "Delivery"). */
export interface TelegramPacing {
  kind: "telegram";
  /** Messages per second over all chats. */
  perSecond: number;
  /** Messages per second to one private chat. */
  perChatPerSecond: number;
  /** Messages per minute to one group. */
  perGroupPerMinute: number;
}

/** A personal WeChat account: one message every `minMs`–`maxMs`, whatever the chat. */
export interface IntervalPacing {
  kind: "interval";
  minMs: number;
  maxMs: number;
}

export type PacingConfig = TelegramPacing | IntervalPacing;

export const defaultPacing: Record<string, PacingConfig> = {
  telegram: { kind: "telegram", perSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20 },
  wechat: { kind: "interval", minMs: 3_000, maxMs: 6_000 },
};

/**
 * How fast one platform may send right now: the per-platform limits plus a pause for the whole
 * platform (after a 429 or while the network is down). Times are ms of the sender's clock.
 */
export interface Pacer {
  /** Milliseconds until the platform may send anything (overall rate, a pause; 0: now). */
  platformWaitMs(now: number): number;
  /** Milliseconds until this chat may get another message, the platform aside (0: now). */
  chatWaitMs(chatId: string, isGroup: boolean, now: number): number;
  /** Notes a message going out now. */
  record(chatId: string, isGroup: boolean, now: number): void;
  /** Holds every chat of the platform until `until` (a later pause wins). */
  pauseUntil(until: number): void;
  /** How many rows are worth claiming at once: about a second's worth of sending. */
  readonly batchHint: number;
}

/**
 * Telegram counts the messages that arrive in a second; the pacer counts those it sends. A
 * request that overtakes one sent 30 messages before it (a slow socket, a busy machine) would
 * make 31 in Telegram's second and earn a 429, so the overall window is this much longer than
 * a second: at most 29.3 messages a second.
 */
export const arrivalMarginMs = 25;

class TelegramPacer implements Pacer {
  private readonly all: SlidingWindow;
  private readonly chat: SlidingWindow;
  private readonly group: SlidingWindow;
  private paused = 0;
  readonly batchHint: number;

  constructor(c: TelegramPacing) {
    this.all = new SlidingWindow(c.perSecond, 1_000 + arrivalMarginMs);
    this.chat = new SlidingWindow(c.perChatPerSecond, 1_000);
    this.group = new SlidingWindow(c.perGroupPerMinute, 60_000);
    this.batchHint = Math.max(1, Math.ceil(c.perSecond));
  }

  platformWaitMs(now: number): number {
    return Math.max(0, this.paused - now, this.all.waitMs("*", now));
  }

  chatWaitMs(chatId: string, isGroup: boolean, now: number): number {
    return Math.max(this.chat.waitMs(chatId, now), isGroup ? this.group.waitMs(chatId, now) : 0);
  }

  record(chatId: string, isGroup: boolean, now: number): void {
    this.all.record("*", now);
    this.chat.record(chatId, now);
    if (isGroup) this.group.record(chatId, now);
  }

  pauseUntil(until: number): void {
    this.paused = Math.max(this.paused, until);
  }
}

class IntervalPacer implements Pacer {
  private readonly gap: JitteredInterval;
  private paused = 0;
  readonly batchHint = 1;

  constructor(c: IntervalPacing, random: () => number) {
    this.gap = new JitteredInterval(c.minMs, c.maxMs, random);
  }

  platformWaitMs(now: number): number {
    return Math.max(0, this.paused - now, this.gap.waitMs(now));
  }

  chatWaitMs(): number {
    return 0;
  }

  record(_chatId: string, _isGroup: boolean, now: number): void {
    this.gap.record(now);
  }

  pauseUntil(until: number): void {
    this.paused = Math.max(this.paused, until);
  }
}

/** The pacer of one platform's configuration (`random` drives the WeChat jitter). */
export function createPacer(config: PacingConfig, random: () => number = Math.random): Pacer {
  return config.kind === "telegram" ? new TelegramPacer(config) : new IntervalPacer(config, random);
}
