import { clockIn, dateIn } from "../core/dates.ts";
import type { Library } from "../core/library.ts";
import { findBroadcastById, findBroadcastDeliveries } from "../db/broadcast-export-repo.ts";
import type { DeliveryRow } from "../db/broadcast-export-repo.ts";
import type { SheetData } from "./export-workbook.ts";
import type { CliTexts } from "./texts.ts";

function recipient(tx: CliTexts, d: DeliveryRow): string {
  if (d.groupClass !== null) return tx.classGroup(d.groupClass);
  return d.memberName ?? d.chatId;
}

/**
 * Broadcast `id` and its delivery: a sheet with what was sent and the counts, and one row per
 * recipient chat (platform, who, group or not, status, when sent, why it failed). Undefined
 * when there is no such broadcast.
 */
export async function broadcastSheets(
  lib: Library,
  tx: CliTexts,
  id: number,
): Promise<SheetData[] | undefined> {
  const b = await findBroadcastById(lib.db, id);
  if (!b) return undefined;
  const deliveries = await findBroadcastDeliveries(lib.db, id);
  const at = (d: Date) => `${dateIn(lib.timezone, d)} ${clockIn(lib.timezone, d)}`;
  const count = (...statuses: string[]) =>
    deliveries.filter((d) => statuses.includes(d.status)).length;
  const summary: SheetData = {
    name: tx.broadcastSheet,
    headers: tx.broadcastFields,
    rows: [
      [
        b.id,
        at(b.createdAt),
        b.text,
        b.recipientCount,
        count("sent"),
        count("dead"),
        count("pending", "sending"),
      ],
    ],
  };
  const rows = deliveries.map((d) => [
    tx.platforms[d.platform] ?? d.platform,
    recipient(tx, d),
    d.isGroup ? tx.yes : tx.no,
    tx.outboxStatus[d.status] ?? d.status,
    d.sentAt ? at(d.sentAt) : null,
    d.lastError,
  ]);
  return [summary, { name: tx.deliverySheet, headers: tx.deliveryHeaders, rows }];
}
