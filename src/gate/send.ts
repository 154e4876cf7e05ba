import { recordRepliesSent, releaseInboundUpdate } from "../db/inbound-update-repo.ts";
import type { Reply } from "../messages.ts";
import type { GateContext } from "./answer.ts";
import type { ReplyChannel, StoredUpdate } from "./types.ts";

/** Attempts (handling included) after which replies that cannot be sent are given up. */
const MAX_SEND_ATTEMPTS = 8;

export interface SendTarget {
  id: number;
  update: StoredUpdate;
  /** The platform's channel; absent when this process does not serve the platform. */
  channel: ReplyChannel | undefined;
}

/**
 * Sends an update's committed replies from `sent` on, recording each one out, so a crash
 * repeats at most the reply that was in flight. A platform asking to wait (429), a failure
 * that may pass (network) or a platform this process does not serve gives the update back
 * for a later attempt; a permanent refusal (the user blocked the bot), or too many attempts,
 * ends it with a warning.
 */
export async function sendAnswer(
  ctx: GateContext,
  target: SendTarget,
  replies: Reply[],
  progress: { sent: number; attempt: number },
): Promise<void> {
  const { id, update, channel } = target;
  const { db, owner, log } = ctx;
  const done = (count: number) =>
    recordRepliesSent(db, id, owner, { count, done: true, at: ctx.now() });
  const later = (ms: number) =>
    releaseInboundUpdate(db, id, owner, new Date(ctx.now().getTime() + ms));
  const platform = update.inbound.platform;
  if (!channel) {
    if (progress.attempt >= MAX_SEND_ATTEMPTS) {
      log.warn({ platform }, "replies dropped: the platform is not served");
      return done(progress.sent);
    }
    return later(60_000);
  }
  const shown = channel.visible ? channel.visible(update, replies) : replies;
  if (progress.sent === 0 && channel.settle) await channel.settle(update, replies);
  for (let i = progress.sent; i < shown.length; i++) {
    const outcome = await channel.port.send(update.inbound.chatId, shown[i] as Reply);
    if (outcome.status === "sent") {
      // The last one's "done" goes with the next commit; earlier ones are counted at once,
      // so a crash repeats at most the reply that was in flight.
      if (i + 1 === shown.length) ctx.marks.add(id, i + 1);
      else await recordRepliesSent(db, id, owner, { count: i + 1, done: false, at: ctx.now() });
      continue;
    }
    const reason = outcome.status === "failed" ? outcome.reason : "rate limited";
    if (
      (outcome.status === "failed" && outcome.permanent) ||
      progress.attempt >= MAX_SEND_ATTEMPTS
    ) {
      log.warn({ platform, reason }, "reply not delivered");
      return done(i);
    }
    log.warn({ platform, reason, attempt: progress.attempt }, "reply not sent yet, will retry");
    return later(
      outcome.status === "retry_after" ? outcome.seconds * 1000 : 2_000 * progress.attempt,
    );
  }
  if (progress.sent >= shown.length) await done(shown.length);
}
