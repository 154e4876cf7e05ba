import { randomBytes } from "node:crypto";
import type { Db } from "../db/client.ts";
import { KeyedQueue } from "../dialogs/engine/key-queue.ts";
import { findFirstOpenUpdate, insertInboundUpdate } from "../db/inbound-update-repo.ts";
import {
  claimInboundUpdate,
  findChatsToResume,
  pruneInboundUpdates,
  releaseInboundUpdate,
  renewInboundLeases,
} from "../db/inbound-update-repo.ts";
import type { OpenUpdateRow } from "../db/inbound-update-repo.ts";
import type { Logger } from "../logger.ts";
import type { Reply } from "../messages.ts";
import { answerUpdate } from "./answer.ts";
import { DoneMarks } from "./done-marks.ts";
import { HeldUpdates } from "./held-updates.ts";
import { sendAnswer } from "./send.ts";
import type { GateUpdate, PlatformLink, StoredUpdate } from "./types.ts";

export interface GateOptions {
  db: Db;
  log: Logger;
  /** The apology for a turn that failed, and the answer when another process moved it on. */
  words: { apology: string; conflict: string };
  now?: () => Date;
  /** How long a process holds an update it works on without renewing; default 15 s. */
  leaseMs?: number;
  /** How often open updates nobody holds are looked for (and leases renewed); default 5 s. */
  sweepMs?: number;
  /** Finished updates are kept this long for dedupe; default 48 h. */
  keepMs?: number;
  /** Handling attempts before a message is answered with the apology unhandled; default 3. */
  maxAttempts?: number;
  /** The process's name in leases; default random. */
  owner?: string;
  /**
   * When "done" marks no later commit took are written on their own; default once the work in
   * hand settles (`setImmediate`). Tests hold them to look at the window in between.
   */
  scheduleMarks?: (flush: () => void) => void;
}

/**
 * The one door every message comes through, whatever the platform: an update is stored when
 * accepted (a redelivery is recognised by (platform, updateId)), the updates of one chat are
 * handled in order — across processes too, through the database — and each is answered once:
 * its dialog state and replies are committed together (its core writes, receipted, never
 * twice), then the replies are sent and marked sent. A process killed at any instant leaves
 * either an update to handle again or committed replies to send; `sweep` (at start and every
 * few seconds) picks up what a dead process left once its lease has run out.
 */
export class InboundGate {
  readonly owner: string;
  private readonly links = new Map<string, PlatformLink>();
  private readonly drains = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  /** Sweeps looking for chats to resume, so `idle` waits for what they are about to start. */
  private readonly resuming = new Set<Promise<void>>();
  private readonly intake = new KeyedQueue();
  /** Updates this process took in already held and has not begun to work on. */
  private readonly held: HeldUpdates;
  /** Updates answered in full whose "done" is written with the next commit. */
  private readonly marks: DoneMarks;
  private readonly now: () => Date;
  private readonly leaseMs: number;
  private timers: NodeJS.Timeout[] = [];
  private closed = false;

  constructor(private readonly opts: GateOptions) {
    this.now = opts.now ?? (() => new Date());
    this.leaseMs = opts.leaseMs ?? 15_000;
    this.owner = opts.owner ?? randomBytes(6).toString("base64url");
    this.marks = new DoneMarks(opts.db, this.owner, this.now, opts.log, opts.scheduleMarks);
    this.held = new HeldUpdates({
      db: opts.db,
      log: opts.log,
      owner: this.owner,
      marks: this.marks,
    });
  }

  /** Says who answers a platform's messages and how replies go out (each adapter, as it starts). */
  register(platform: string, link: PlatformLink): void {
    this.links.set(platform, link);
    this.sweepSoon();
  }

  /** This process stops answering a platform's messages (it handed the WeChat login over). */
  unregister(platform: string): void {
    this.links.delete(platform);
  }

  /**
   * Takes an update in. Resolves once it is stored: only then may the platform be told it
   * arrived (Telegram's offset, the webhook's 200). Handling follows in the background.
   */
  async accept(update: GateUpdate): Promise<void> {
    if (this.closed) throw new Error("the inbound gate is closed");
    const stored: StoredUpdate = { inbound: update.inbound };
    if (update.answer) stored.answer = update.answer;
    if (update.extra !== undefined) stored.extra = update.extra;
    const chatKey = chatKeyOf(update.platform, update.inbound.chatId);
    const row = {
      platform: update.platform,
      updateId: update.updateId,
      chatKey,
      payload: JSON.stringify(stored),
      at: this.now(),
    };
    // One chat's updates are stored in the order they were accepted: that is their order.
    // On a platform this process serves, the update is stored held by it (it works on it next).
    const fresh = await this.intake.run(chatKey, () =>
      this.links.has(update.platform)
        ? this.held.store(chatKey, row, new Date(this.now().getTime() + this.leaseMs))
        : insertInboundUpdate(this.opts.db, row),
    );
    if (!fresh) this.opts.log.debug({ platform: update.platform }, "update delivered again");
    if (this.closed) await this.held.giveBack(chatKey);
    this.kick(chatKey);
  }

  /** Resolves once nothing of the chat is being worked on here (the terminal chat waits on it). */
  async settled(platform: string, chatId: string): Promise<void> {
    const key = chatKeyOf(platform, chatId);
    while (this.drains.has(key)) await this.drains.get(key);
  }

  /**
   * Resolves once no chat is being worked on in this process, nor about to be by a sweep, and
   * every update answered in full is marked done.
   */
  async idle(): Promise<void> {
    while (this.drains.size > 0 || this.resuming.size > 0 || this.marks.size > 0) {
      await Promise.allSettled([...this.drains.values(), ...this.resuming, this.marks.flush()]);
    }
  }

  /** Recovers at once, then renews leases, resumes open chats and prunes in the background. */
  start(): void {
    const sweepMs = this.opts.sweepMs ?? 5_000;
    this.sweepSoon();
    this.timers.push(setInterval(() => void this.heartbeat(), Math.min(sweepMs, this.leaseMs / 3)));
    this.timers.push(setInterval(() => this.sweepSoon(), sweepMs));
    this.timers.push(setInterval(() => void this.prune(), 6 * 3_600_000));
    for (const t of this.timers) t.unref();
  }

  /** Takes no more updates and waits (at most `timeoutMs`) for the ones in hand. */
  async close(timeoutMs = 15_000): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((r) => (timer = setTimeout(r, timeoutMs).unref()));
    await Promise.race([this.idle(), deadline]);
    clearTimeout(timer);
    await this.marks.flush();
    this.marks.stop();
    await this.held.giveBack();
  }

  /** Works on every chat with an open update nobody holds (left by a crash, or to retry). */
  async sweep(): Promise<void> {
    await this.resume();
    await this.idle();
  }

  /** Starts work on the chats with an open update nobody holds. */
  private async resume(): Promise<void> {
    const platforms = [...this.links.keys()];
    if (platforms.length === 0) return;
    const chats = await findChatsToResume(this.opts.db, platforms, this.now(), 500);
    for (const chatKey of chats) this.kick(chatKey);
  }

  /** Deletes finished updates older than the dedupe window. */
  async prune(): Promise<number> {
    const before = new Date(this.now().getTime() - (this.opts.keepMs ?? 48 * 3_600_000));
    return pruneInboundUpdates(this.opts.db, before).catch((err: unknown) => {
      this.opts.log.warn({ err }, "pruning inbound updates failed");
      return 0;
    });
  }

  private sweepSoon(): void {
    if (this.closed) return;
    const resuming = this.resume()
      .catch((err: unknown) => this.opts.log.error({ err }, "inbound sweep failed"))
      .finally(() => this.resuming.delete(resuming));
    this.resuming.add(resuming);
  }

  private async heartbeat(): Promise<void> {
    const until = new Date(this.now().getTime() + this.leaseMs);
    await renewInboundLeases(this.opts.db, this.owner, until).catch((err: unknown) =>
      this.opts.log.warn({ err }, "renewing inbound leases failed"),
    );
  }

  private kick(chatKey: string): void {
    if (this.closed) return;
    if (this.drains.has(chatKey)) {
      this.again.add(chatKey);
      return;
    }
    const run = this.drain(chatKey)
      .catch((err: unknown) => this.opts.log.error({ err }, "inbound chat not drained"))
      .finally(() => {
        this.drains.delete(chatKey);
        if (this.again.delete(chatKey)) this.kick(chatKey);
      });
    this.drains.set(chatKey, run);
  }

  /** Works through the chat's open updates in order while this process can take them. */
  private async drain(chatKey: string): Promise<void> {
    this.again.delete(chatKey);
    // A platform served by another process only (the WeChat login) is left to that process.
    if (!this.links.has(chatKey.slice(0, chatKey.indexOf(":")))) return this.held.giveBack(chatKey);
    let row = this.held.firstOf(chatKey);
    // An update answered in full here is done, even while its mark is not committed yet.
    let after = 0;
    for (;;) {
      row ??= await findFirstOpenUpdate(this.opts.db, chatKey, after);
      if (!row) return;
      if (this.marks.has(row.id)) {
        after = row.id;
        row = null;
        continue;
      }
      // One held here is ours already; another is taken, unless a live process holds it: then
      // that process answers the chat on, and ours go back to it.
      const mine = this.held.take(row.id);
      if (!mine && !(await this.take(row))) return this.held.giveBack(chatKey);
      await this.work(mine ?? row);
      if (this.marks.has(row.id)) after = row.id;
      row = null;
    }
  }

  private take(row: OpenUpdateRow): Promise<boolean> {
    const now = this.now();
    const until = new Date(now.getTime() + this.leaseMs);
    return claimInboundUpdate(this.opts.db, row.id, this.owner, now, until);
  }

  /** Answers (or resumes sending) one update; on failure gives it back for a later attempt. */
  private async work(row: OpenUpdateRow): Promise<void> {
    try {
      await this.answerAndSend(row);
    } catch (err) {
      const retryAt = new Date(this.now().getTime() + 2_000 * (row.attempts + 1));
      await releaseInboundUpdate(this.opts.db, row.id, this.owner, retryAt).catch(() => {});
      throw err;
    }
  }

  private async answerAndSend(row: OpenUpdateRow): Promise<void> {
    const update = JSON.parse(row.payload) as StoredUpdate;
    const ctx = {
      db: this.opts.db,
      owner: this.owner,
      now: this.now,
      log: this.opts.log,
      marks: this.marks,
    };
    const link = this.links.get(update.inbound.platform);
    const attempt = row.attempts + 1;
    let replies: Reply[] | null = [];
    let sent = 0;
    if (row.status === "answered") {
      replies = JSON.parse(row.replies ?? "[]") as Reply[];
      sent = row.sentCount;
    } else if (link) {
      const how = { handle: link.handle, words: this.opts.words, attempt, max: this.maxAttempts };
      replies = await answerUpdate(ctx, row.id, update, how);
      if (!replies) return;
    }
    await sendAnswer(ctx, { id: row.id, update, channel: link }, replies, { sent, attempt });
  }

  private get maxAttempts(): number {
    return this.opts.maxAttempts ?? 3;
  }
}

/** Updates of one chat are handled in order: the key they share. */
export function chatKeyOf(platform: string, chatId: string): string {
  return `${platform}:${chatId}`;
}
