import type { Actor } from "../../core/actor.ts";
import { broadcastDelivery } from "../../core/broadcasts/delivery-report.ts";
import { clockIn, dateIn } from "../../core/dates.ts";
import type { Library } from "../../core/library.ts";
import { ok } from "../../core/result.ts";
import type { Result } from "../../core/result.ts";
import type { DeliveryRow } from "../../db/broadcast-export-repo.ts";
import type { SheetTexts } from "../texts/sheets-zh.ts";
import type { SheetData } from "./workbook.ts";

function recipient(tx: SheetTexts, d: DeliveryRow): string {
  if (d.groupClass !== null) return tx.classGroup(d.groupClass);
  return d.memberName ?? d.chatId;
}

/**
 * Broadcast `id` and its delivery: a sheet with what was sent and the counts, and one row per
 * recipient chat (platform, who, group or not, status, when sent, why it failed). The core's
 * refusal when there is no such broadcast or the actor may not read it (librarian only).
 */
export async function broadcastSheets(
  lib: Library,
  actor: Actor,
  tx: SheetTexts,
  id: number,
): Promise<Result<SheetData[], "not_librarian" | "no_such_broadcast">> {
  const report = await broadcastDelivery(lib, actor, id);
  if (!report.ok) return report;
  const { broadcast: b, deliveries } = report.value;
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
    tx.deliveryStatus[d.status] ?? d.status,
    d.sentAt ? at(d.sentAt) : null,
    d.lastError,
  ]);
  return ok([summary, { name: tx.deliverySheet, headers: tx.deliveryHeaders, rows }]);
}
