import { randomUUID } from "node:crypto";
import {
  claimRows,
  deferRows,
  findDueRows,
  finishRow,
  holdClaim,
  killChatRows,
  killRows,
  releaseClaims,
  releaseStaleClaims,
  renewClaims,
} from "../db/outbox-send-repo.ts";
import type { SendRow } from "../db/outbox-send-repo.ts";
import { saveUnreachable } from "../db/unreachable-repo.ts";
import { defaultRetry, settle } from "./attempt.ts";
import type { RetryPolicy, Settled } from "./attempt.ts";
import { replyOf } from "./payload.ts";
import { arrivalMarginMs } from "./pacing.ts";
import { planBatch } from "./plan-batch.ts";
import type { SendOutcome, SendPort } from "./ports.ts";
import { emptySummary } from "./sender-options.ts";
import type { DrainSummary, SenderOptions } from "./sender-options.ts";

/** How late past its shared slot a message may still go out (see awaitSharedSlot). */
const LATE_SLOT_MS = arrivalMarginMs;
/** A wait for a shared slot longer than this renews the row's claim again before the slot… */
const REHOLD_AFTER_MS = 1_000;
/** …this long before it. */
const REHOLD_AHEAD_MS = 100;

/**
 * Delivers one platform's outbox rows through its send port, at-least-once: rows are claimed
 * (pending → sending under this sender's token, a conditional update, so two processes never
 * send the same row), sent one at a time within the pacer's limits, and settled (see
 * `settle`). The claims are a short lease that a heartbeat renews while the sender holds
 * them, so a crashed sender's rows go back to pending seconds after it died; each row's claim
 * is checked (and renewed) right before it is sent, so a sender that stalled past its lease
 * never sends a row another has taken. A crash leaves at most the row in flight sent but not
 * marked, and it is sent again.
 */
export class OutboxSender {
  private readonly token = randomUUID();
  private readonly retry: RetryPolicy;
  private readonly leaseMs: number;
  private readonly heartbeatMs: number;
  private readonly batchSize: number;
  private readonly maxInlineWaitMs: number;
  private stopping = false;
  private transientStreak = 0;
  private lastRecovery = Number.NEGATIVE_INFINITY;

  constructor(private readonly o: SenderOptions) {
    this.retry = { ...defaultRetry, random: Math.random, ...o.retry };
    this.leaseMs = o.leaseMs ?? 10_000;
    this.heartbeatMs = o.heartbeatMs ?? this.leaseMs / 4;
    this.batchSize = Math.max(1, Math.min(o.batchSize ?? 50, o.pacer.batchHint));
    this.maxInlineWaitMs = o.maxInlineWaitMs ?? 10_000;
  }

  private get nowMs(): number {
    return this.o.now().getTime();
  }

  /** Stops after the row in flight; claimed rows not tried go back to pending. */
  stop(): void {
    this.stopping = true;
  }

  /** Milliseconds until the platform may send again (a 429 pause, the overall rate). */
  platformWaitMs(): number {
    return this.o.pacer.platformWaitMs(this.nowMs);
  }

  /** Rows whose claim was not renewed for a lease (their sender died) go back to pending. */
  async recoverStale(): Promise<number> {
    this.lastRecovery = this.nowMs;
    const before = new Date(this.nowMs - this.leaseMs);
    const n = await releaseStaleClaims(this.o.db, this.o.platform, before);
    if (n > 0) this.o.log?.warn({ platform: this.o.platform, rows: n }, "outbox claims recovered");
    return n;
  }

  /**
   * Sends every row due now (respecting pacing, quiet hours and pauses) and returns what
   * happened. Returns early when the platform is paused for longer than maxInlineWaitMs.
   */
  async drain(): Promise<DrainSummary> {
    const summary = emptySummary();
    while (!this.stopping) {
      if (this.nowMs - this.lastRecovery >= this.leaseMs / 2) {
        summary.recovered += await this.recoverStale();
      }
      const wait = this.platformWaitMs();
      if (wait > this.maxInlineWaitMs) break;
      if (wait > 0) await this.o.sleep(wait);
      if (!(await this.round(summary))) break;
    }
    return summary;
  }

  /** One batch: fetch due rows, sort them, send the ready ones. False when none was due. */
  private async round(summary: DrainSummary): Promise<boolean> {
    const { db, platform } = this.o;
    const rows = await findDueRows(db, platform, new Date(this.nowMs), this.batchSize * 4);
    if (rows.length === 0) return false;
    const plan = await planBatch(this.o, rows, this.nowMs);
    for (const [reason, ids] of plan.dead) {
      await killRows(db, ids, reason);
      summary.dead += ids.length;
    }
    for (const [until, ids] of plan.defer) {
      await deferRows(db, ids, new Date(until));
      summary.deferred += ids.length;
    }
    const ids = plan.ready.slice(0, this.batchSize).map((r) => r.id);
    const claimed = await claimRows(db, ids, this.token, new Date(this.nowMs));
    const order = new Map(ids.map((id, i) => [id, i]));
    claimed.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    const stopBeating = this.heartbeat();
    try {
      await this.sendClaimed(claimed, summary);
    } finally {
      stopBeating();
    }
    return true;
  }

  /** Renews this sender's claims every heartbeatMs until stopped (a timer: a slow send too). */
  private heartbeat(): () => void {
    const timer = setInterval(() => {
      renewClaims(this.o.db, this.token, new Date(this.nowMs)).catch((e: unknown) =>
        this.o.log?.warn({ platform: this.o.platform, err: e }, "outbox lease renewal failed"),
      );
    }, this.heartbeatMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  private async sendClaimed(rows: SendRow[], summary: DrainSummary): Promise<void> {
    for (const row of rows) {
      const wait = this.platformWaitMs();
      if (this.stopping || wait > this.maxInlineWaitMs) {
        await releaseClaims(this.o.db, this.token);
        return;
      }
      if (wait > 0) await this.o.sleep(wait);
      const turn = await this.awaitSharedSlot(row);
      if (turn === "stop") {
        await releaseClaims(this.o.db, this.token);
        return;
      }
      if (turn === "send") await this.attempt(row, summary);
    }
  }

  /** Renews the row's claim; false when another sender took it back meanwhile. */
  private hold(row: SendRow): Promise<boolean> {
    return holdClaim(this.o.db, row.id, this.token, new Date(this.nowMs));
  }

  /**
   * Renews the row's claim, then takes the platform's next slot in the rate every
   * process shares and sleeps until it: the claim's round trip to the database comes before
   * the slot, never between the slot and the send. After a long wait (a pause) the claim is
   * renewed again shortly before the slot. "stop" when the slot is further off than
   * maxInlineWaitMs (every process is paused by a 429); "lost" when the claim was.
   */
  private async awaitSharedSlot(row: SendRow): Promise<"send" | "lost" | "stop"> {
    const shared = this.o.shared;
    for (let tries = 1; ; tries++) {
      if (!(await this.hold(row))) return "lost";
      if (!shared) return "send";
      const slot = await shared.take(this.nowMs);
      if (slot.pausedUntil > 0) this.o.pacer.pauseUntil(slot.pausedUntil);
      const wait = slot.at - this.nowMs;
      if (wait > this.maxInlineWaitMs) return "stop";
      if (wait > REHOLD_AFTER_MS) {
        await this.o.sleep(wait - REHOLD_AHEAD_MS);
        if (!(await this.hold(row))) return "lost";
      }
      const left = slot.at - this.nowMs;
      if (left > 0) await this.o.sleep(left);
      // Woken late (a busy machine): sent now, the message would crowd the slots after its
      // own and make more than 30 arrive in a second. It takes a fresh slot instead, twice at
      // most (a machine late every time must still send).
      if (this.nowMs - slot.at <= LATE_SLOT_MS || tries === 3) return "send";
    }
  }

  private async attempt(row: SendRow, summary: DrainSummary): Promise<void> {
    const reply = replyOf(row.payload);
    if (!reply) {
      const dead = { status: "dead" as const, attempts: row.attempts, lastError: "bad payload" };
      await finishRow(this.o.db, row.id, this.token, dead);
      summary.dead += 1;
      return;
    }
    const outcome = await this.callPort(row.chatId, reply);
    // Counted when the call has returned: the platform saw it by then, so a slow request can
    // never make two sends land closer together than the limits allow.
    this.o.pacer.record(row.chatId, row.isGroup, this.nowMs);
    const settled = settle(this.retry, row.attempts, outcome, this.nowMs);
    await finishRow(this.o.db, row.id, this.token, settled.row);
    await this.afterAttempt(row, settled, summary);
  }

  private async callPort(chatId: string, reply: Parameters<SendPort["send"]>[1]) {
    try {
      return await this.o.port.send(chatId, reply);
    } catch (e) {
      const reason = `send failed: ${(e as Error)?.message ?? String(e)}`;
      return { status: "failed", permanent: false, reason } satisfies SendOutcome;
    }
  }

  /** Counts the attempt and applies its side effects: pauses, unreachable chats. */
  private async afterAttempt(row: SendRow, s: Settled, summary: DrainSummary): Promise<void> {
    const { db, platform, pacer, log } = this.o;
    const now = this.nowMs;
    if (s.row.status === "sent") summary.sent += 1;
    else if (s.row.status === "dead") summary.dead += 1;
    else summary.retried += 1;
    if (s.pauseMs !== undefined) {
      pacer.pauseUntil(now + s.pauseMs);
      await this.o.shared?.pauseUntil(now + s.pauseMs);
      log?.warn({ platform, seconds: s.pauseMs / 1000 }, "outbox paused by the platform (429)");
    }
    this.transientStreak = s.transient ? this.transientStreak + 1 : 0;
    if (s.transient) {
      const ms = Math.min(60_000, 1_000 * 2 ** (this.transientStreak - 1));
      pacer.pauseUntil(now + Math.round(ms * (0.5 + this.retry.random())));
    }
    if (s.unreachable !== undefined) {
      const at = new Date(now);
      await saveUnreachable(db, { platform, chatId: row.chatId, reason: s.unreachable, at });
      summary.dead += await killChatRows(db, platform, row.chatId, `unreachable: ${s.unreachable}`);
      log?.info({ platform, outboxId: row.id }, "outbox chat unreachable");
    }
  }
}
