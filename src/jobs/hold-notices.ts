import { expireHolds } from "../core/circulation/expire-holds.ts";
import { queueMoves, recordToldPositions } from "../core/circulation/queue-moves.ts";
import type { QueueMove } from "../core/circulation/queue-moves.ts";
import { instantOf } from "../core/dates.ts";
import type { IsoDate } from "../core/dates.ts";
import { today } from "../core/library.ts";
import type { Library } from "../core/library.ts";
import {
  findHoldsAlreadyTold,
  findHoldsExpiredAfter,
  findReadyHolds,
} from "../db/notice-hold-repo.ts";
import type { NoticeHold } from "../db/notice-hold-repo.ts";
import type { Locale } from "../locale.ts";
import { Digests } from "../outbox/digest.ts";
import { patronRecipients } from "../outbox/recipients.ts";
import { enqueueAll, windowSince } from "./context.ts";
import type { JobContext, JobSummary } from "./context.ts";
import { t } from "../dialogs/texts/index.ts";

type HoldItem =
  { kind: "ready" | "last_day" | "expired"; hold: NoticeHold } | { kind: "moved"; move: QueueMove };

function line(locale: Locale, item: HoldItem): string {
  if (item.kind === "moved") {
    const { patronName: name, title, from, to } = item.move;
    return t(locale, "push_hold_moved", { name, title, from, to });
  }
  const { kind, hold } = item;
  const p = { name: hold.patron.name, title: hold.title.title, pickupBy: hold.pickupBy ?? "" };
  if (kind === "ready") return t(locale, "push_hold_ready", p);
  if (kind === "last_day") return t(locale, "push_hold_last_day", p);
  return t(locale, "push_hold_expired", p);
}

/** Today is the last open day before the pickup date: the reader's last reminder. */
function isLastReminderDay(lib: Library, day: IsoDate, pickupBy: string | null): boolean {
  return (
    pickupBy !== null && lib.calendar.isOpen(day) && lib.calendar.addOpenDays(day, 1) === pickupBy
  );
}

async function holdItems(lib: Library, since: Date, day: IsoDate): Promise<HoldItem[]> {
  const [ready, expired] = await Promise.all([
    findReadyHolds(lib.db),
    findHoldsExpiredAfter(lib.db, since),
  ]);
  const fresh = ready.filter((h) => h.readyAt !== null && h.readyAt > since);
  const told = await findHoldsAlreadyTold(
    lib.db,
    fresh.map((h) => h.id),
  );
  const items: HoldItem[] = fresh
    .filter((h) => !told.has(h.id))
    .map((hold) => ({ kind: "ready", hold }));
  for (const hold of ready) {
    const readyToday = hold.readyAt !== null && hold.readyAt >= instantOf(lib.timezone, day);
    if (!readyToday && isLastReminderDay(lib, day, hold.pickupBy))
      items.push({ kind: "last_day", hold });
  }
  return [...items, ...expired.map((hold): HoldItem => ({ kind: "expired", hold }))];
}

/**
 * Daily (morning): expires holds whose pickup date has passed (expireHolds — each copy goes to
 * the next reader in the queue), then sends each reader's accounts (pupil and guardians) ONE
 * digest: holds that became ready since the last run and were not told yet (the next readers
 * served by this expiry; a return whose notice was lost), the last-day reminder on the last
 * open day before the pickup date, holds that expired, and queued holds whose place improved
 * since the reader was last told (queueMoves; so at most once a day). Not optional. Dedupe key
 * "holds:<date>:<platform>:<chatId>".
 */
export async function holdNotices(lib: Library, ctx: JobContext): Promise<JobSummary> {
  const expiry = await expireHolds(lib);
  const day = today(lib);
  const queues = await queueMoves(lib);
  const moved = queues.moves.map((move): HoldItem => ({ kind: "moved", move }));
  const items = [...(await holdItems(lib, windowSince(lib, ctx), day)), ...moved];
  const patronOf = (i: HoldItem) => (i.kind === "moved" ? i.move.patronId : i.hold.patronId);
  const accounts = await patronRecipients(lib.db, items.map(patronOf), ctx.defaultLocale);
  const digests = new Digests<HoldItem>();
  for (const item of items)
    for (const r of accounts.get(patronOf(item)) ?? []) digests.add(r, item);
  const messages = digests.messages("hold_ready", `holds:${day}`, (to, list) =>
    [t(to.locale, "push_holds_header"), ...list.map((i) => line(to.locale, i))].join("\n"),
  );
  const enqueued = await enqueueAll(lib, ctx, messages);
  await recordToldPositions(lib, queues.record);
  const count = (kind: HoldItem["kind"]) => items.filter((i) => i.kind === kind).length;
  return {
    date: day,
    expired: expiry.expired.length,
    passedOn: expiry.ready.length,
    ready: count("ready"),
    lastDay: count("last_day"),
    moved: count("moved"),
    recipients: messages.length,
    enqueued,
  };
}
