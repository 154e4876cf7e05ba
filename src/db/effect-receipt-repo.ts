import { Prisma } from "../generated/prisma/client.ts";
import type { Db, Tx } from "./client.ts";
import { executeSql, queryRows } from "./direct-sql.ts";

export interface ReceiptKey {
  updateRef: number;
  op: number;
  seq: number;
}

/** Records a committed write's result; throws on a second receipt for the same key. */
export async function insertEffectReceipt(tx: Tx, key: ReceiptKey, result: string): Promise<void> {
  await executeSql(
    tx,
    Prisma.sql`
    INSERT INTO "EffectReceipt" ("updateRef", "op", "seq", "result")
    VALUES (${key.updateRef}, ${key.op}, ${key.seq}, ${result})`,
  );
}

/** The receipts of an update, by "op:seq" (an earlier attempt's committed writes). */
export async function findEffectReceipts(
  db: Db | Tx,
  updateRef: number,
): Promise<Map<string, string>> {
  const rows = await queryRows<{ op: number | bigint; seq: number | bigint; result: string }[]>(
    db,
    Prisma.sql`SELECT "op", "seq", "result" FROM "EffectReceipt" WHERE "updateRef" = ${updateRef}`,
  );
  return new Map(rows.map((r) => [`${Number(r.op)}:${Number(r.seq)}`, r.result]));
}

export async function deleteEffectReceipts(db: Db | Tx, updateRef: number): Promise<void> {
  await executeSql(db, Prisma.sql`DELETE FROM "EffectReceipt" WHERE "updateRef" = ${updateRef}`);
}
