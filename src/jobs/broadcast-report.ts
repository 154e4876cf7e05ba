import type { OutboundMessage } from "../core/broadcasts/outbound.ts";
import { clockIn, dateIn } from "../core/dates.ts";
import type { Library } from "../core/library.ts";
import { findAccountById } from "../db/notice-recipient-repo.ts";
import {
  countBroadcastRows,
  findBroadcastsSince,
  findDeadReasons,
  findExistingKeys,
} from "../db/outbox-report-repo.ts";
import { toRecipient } from "../outbox/recipients.ts";
import { enqueueAll } from "./context.ts";
import type { JobContext, JobSummary } from "./context.ts";
import { t } from "../dialogs/texts/index.ts";

/** Broadcasts older than this are no longer reported. */
const LOOK_BACK_DAYS = 30;
const MAX_REASONS = 5;

async function report(
  lib: Library,
  ctx: JobContext,
  b: { id: number; createdBy: number | null; createdAt: Date },
  counts: Map<string, number>,
): Promise<OutboundMessage | null> {
  const account = b.createdBy === null ? null : await findAccountById(lib.db, b.createdBy);
  if (!account) return null;
  const to = toRecipient(account, ctx.defaultLocale);
  const at = `${dateIn(lib.timezone, b.createdAt)} ${clockIn(lib.timezone, b.createdAt)}`;
  const sent = counts.get("sent") ?? 0;
  const failed = counts.get("dead") ?? 0;
  const reasons = failed > 0 ? (await findDeadReasons(lib.db, b.id)).slice(0, MAX_REASONS) : [];
  const text = [
    t(to.locale, "push_broadcast_report", { id: b.id, at, sent, failed }),
    ...reasons.map((r) => t(to.locale, "push_broadcast_reason", r)),
  ].join("\n");
  return {
    dedupeKey: `report:broadcast:${b.id}`,
    platform: to.platform,
    chatId: to.chatId,
    kind: "report",
    text,
  };
}

/**
 * Every minute: for each broadcast of the last 30 days whose outbox rows are all settled
 * (sent or dead) and that has no report yet, a delivery report to the librarian who sent it:
 * delivered N, failed M, with the most common reasons. Key "report:broadcast:<id>"; a broadcast
 * sent from the CLI (no sender account) gets none.
 */
export async function broadcastReport(lib: Library, ctx: JobContext): Promise<JobSummary> {
  const since = new Date(lib.now().getTime() - LOOK_BACK_DAYS * 86_400_000);
  const recent = await findBroadcastsSince(lib.db, since);
  const reported = await findExistingKeys(
    lib.db,
    recent.map((b) => `report:broadcast:${b.id}`),
  );
  const open = recent.filter((b) => !reported.has(`report:broadcast:${b.id}`));
  const counts = await countBroadcastRows(
    lib.db,
    open.map((b) => b.id),
  );
  const messages: OutboundMessage[] = [];
  let inFlight = 0;
  for (const b of open) {
    const c = counts.get(b.id) ?? new Map<string, number>();
    if ((c.get("pending") ?? 0) + (c.get("sending") ?? 0) > 0 || c.size === 0) {
      inFlight += 1;
      continue;
    }
    const m = await report(lib, ctx, b, c);
    if (m) messages.push(m);
  }
  return { inFlight, reports: messages.length, enqueued: await enqueueAll(lib, ctx, messages) };
}
