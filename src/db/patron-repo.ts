import { Prisma } from "../generated/prisma/client.ts";
import type { Tx } from "./client.ts";
import { toNumber } from "./raw-rows.ts";
import { queryRows } from "./direct-sql.ts";
import { forUpdate } from "./pg-row-lock.ts";

type PatronRow = { id: number | bigint; name: string; role: string; status: string };

/** A patron by card, locked till the transaction ends (a checkout counts their loans). */
export async function findPatronByCard(tx: Tx, cardNumber: string) {
  const [r] = await queryRows<PatronRow[]>(
    tx,
    Prisma.sql`
    SELECT "id", "name", "role", "status" FROM "Patron"
    WHERE "cardNumber" = ${cardNumber}${forUpdate(tx)}`,
  );
  return r ? { ...r, id: toNumber(r.id) } : null;
}

/**
 * A patron by id, locked till the transaction ends (one raw statement: placing a hold reads it
 * on every attempt).
 */
export async function findPatronById(tx: Tx, id: number) {
  const [r] = await queryRows<PatronRow[]>(
    tx,
    Prisma.sql`
    SELECT "id", "name", "role", "status" FROM "Patron" WHERE "id" = ${id}${forUpdate(tx)}`,
  );
  return r ? { ...r, id: toNumber(r.id) } : null;
}

/** Moves patrons from status `from` to `to`; returns the ids that actually changed. */
export async function movePatronsStatus(
  tx: Tx,
  ids: number[],
  from: string,
  to: string,
  suspendedAt: Date | null,
): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await tx.patron.findMany({
    where: { id: { in: ids }, status: from },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const changed = rows.map((r) => r.id);
  if (changed.length > 0) {
    await tx.patron.updateMany({
      where: { id: { in: changed }, status: from },
      data: { status: to, suspendedAt },
    });
  }
  return changed;
}
