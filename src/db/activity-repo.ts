import type { Tx } from "./client.ts";

export interface ActivityRow {
  name: string;
  kind: string;
  startsOn: string;
  endsOn: string;
  deadlineOn: string | null;
  /** JSON: { kind: "all" | "grade" | "class", value? }. */
  audience: string;
  createdBy: number | null;
  createdAt: Date;
}

export function insertActivity(tx: Tx, row: ActivityRow) {
  return tx.activity.create({ data: row, select: { id: true } });
}
