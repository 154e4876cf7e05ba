import type { Enqueue, OutboundMessage } from "../core/broadcasts/outbound.ts";
import type { Library } from "../core/library.ts";
import { findReadyHold } from "../db/notice-hold-repo.ts";
import type { Locale } from "../locale.ts";
import { enqueue as outboxEnqueue } from "../outbox/queue.ts";
import { patronRecipients, recipientKey } from "../outbox/recipients.ts";
import { t } from "../dialogs/texts/index.ts";

/**
 * Tells the reader of a hold that has just become ready — the pupil's own account and every
 * guardian — that the book waits on the hold shelf until its pickup date. For the desk's
 * return path: call it after `returnCopy` commits with `returned.hold.holdId`. Not optional
 * (hold notices stay on); quiet hours still hold it until morning. Key
 * "hold_ready:<holdId>:<platform>:<chatId>", so calling it twice, or the daily hold job
 * catching up, never doubles it. Resolves with the number of messages queued (0 when the hold
 * is not ready or nobody is bound).
 */
export async function notifyHoldReady(
  lib: Library,
  holdId: number,
  opts: { defaultLocale: Locale; enqueue?: Enqueue },
): Promise<number> {
  const hold = await findReadyHold(lib.db, holdId);
  if (!hold?.pickupBy) return 0;
  const accounts = await patronRecipients(lib.db, [hold.patronId], opts.defaultLocale);
  const messages = (accounts.get(hold.patronId) ?? []).map((to): OutboundMessage => ({
    dedupeKey: `hold_ready:${hold.id}:${recipientKey(to)}`,
    platform: to.platform,
    chatId: to.chatId,
    kind: "hold_ready",
    text: t(to.locale, "push_hold_ready", {
      name: hold.patron.name,
      title: hold.title.title,
      pickupBy: hold.pickupBy ?? "",
    }),
  }));
  if (messages.length === 0) return 0;
  const enqueue = opts.enqueue ?? outboxEnqueue;
  return lib.db.$transaction((tx) => enqueue(tx, messages, lib.now()));
}
