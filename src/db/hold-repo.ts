import { Prisma } from "../generated/prisma/client.ts";
import type { Tx } from "./client.ts";
import { anyRow, toNumber } from "./raw-rows.ts";
import { queryRows } from "./direct-sql.ts";
import { forUpdate, lockTitle } from "./pg-row-lock.ts";

const queueOrder = [{ placedAt: "asc" }, { id: "asc" }] as const;

/** A title a hold may be placed on, locked till the transaction ends (its queue). */
export async function findHoldableTitle(tx: Tx, id: number) {
  const [r] = await queryRows<{ id: number | bigint; isReference: boolean | number }[]>(
    tx,
    Prisma.sql`
    SELECT "id", "isReference" FROM "Title" WHERE "id" = ${id}${forUpdate(tx)}`,
  );
  return r ? { id: toNumber(r.id), isReference: Boolean(r.isReference) } : null;
}

export function findHold(tx: Tx, id: number) {
  return tx.hold.findUnique({
    where: { id },
    select: {
      id: true,
      patronId: true,
      titleId: true,
      status: true,
      copyId: true,
      placedAt: true,
    },
  });
}

/**
 * The oldest queued hold on a title of a reader who may borrow now (an active card). The title
 * stays locked till the transaction ends, so two copies never go to one hold.
 */
export async function findFirstServableHold(tx: Tx, titleId: number) {
  await lockTitle(tx, titleId);
  return tx.hold.findFirst({
    where: { titleId, status: "queued", patron: { status: "active" } },
    select: { id: true, patronId: true },
    orderBy: [...queueOrder],
  });
}

export function findReadyHoldOnCopy(tx: Tx, copyId: number) {
  return tx.hold.findFirst({
    where: { copyId, status: "ready" },
    select: { id: true, patronId: true },
  });
}

type ActiveHoldRow = { id: number | bigint; status: string; copyId: number | bigint | null };

/** The patron's queued or ready hold on a title, if any. */
export async function findActiveHoldOf(tx: Tx, patronId: number, titleId: number) {
  const [r] = await queryRows<ActiveHoldRow[]>(
    tx,
    Prisma.sql`
    SELECT "id", "status", "copyId" FROM "Hold"
    WHERE "patronId" = ${patronId} AND "titleId" = ${titleId} AND "status" IN ('queued', 'ready')
    LIMIT 1`,
  );
  if (!r) return null;
  return {
    id: toNumber(r.id),
    status: r.status,
    copyId: r.copyId === null ? null : toNumber(r.copyId),
  };
}

export async function markHoldReady(
  tx: Tx,
  id: number,
  data: { copyId: number; readyAt: Date; pickupBy: string },
): Promise<void> {
  await tx.hold.update({
    where: { id },
    data: { ...data, status: "ready" },
    select: { id: true },
  });
}

/** Closes a hold still in status `from`; false when it had already moved on. */
export async function closeHoldIf(
  tx: Tx,
  id: number,
  from: string,
  data: { status: string; closedAt: Date; copyId?: number },
): Promise<boolean> {
  const r = await tx.hold.updateMany({ where: { id, status: from }, data });
  return r.count === 1;
}

export function createHold(tx: Tx, data: { patronId: number; titleId: number; placedAt: Date }) {
  return tx.hold.create({ data, select: { id: true } });
}

export async function countActiveHolds(tx: Tx, patronId: number): Promise<number> {
  const [r] = await queryRows<{ n: number | bigint }[]>(
    tx,
    Prisma.sql`
    SELECT COUNT(*) AS "n" FROM "Hold" WHERE "patronId" = ${patronId} AND "status" IN ('queued', 'ready')`,
  );
  return r ? toNumber(r.n) : 0;
}

/**
 * Whether another reader who may borrow now (an active card) waits in the title's queue; the
 * title stays locked till the transaction ends, so no hold slips in before a renewal.
 */
export async function hasServableHoldByOther(
  tx: Tx,
  titleId: number,
  patronId: number,
): Promise<boolean> {
  await lockTitle(tx, titleId);
  return anyRow(
    tx,
    Prisma.sql`SELECT 1 AS "hit" FROM "Hold" h JOIN "Patron" p ON p."id" = h."patronId"
      WHERE h."titleId" = ${titleId} AND h."status" = 'queued' AND h."patronId" <> ${patronId}
        AND p."status" = 'active' LIMIT 1`,
  );
}

/** The titles a reader waits for in a queue, oldest hold first. */
export async function findQueuedTitlesOf(tx: Tx, patronId: number): Promise<number[]> {
  const holds = await tx.hold.findMany({
    where: { patronId, status: "queued" },
    select: { titleId: true },
    orderBy: [...queueOrder],
  });
  return holds.map((h) => h.titleId);
}

/** Queued holds on the title that come before (placedAt, id) in the queue. */
export function countQueuedAhead(
  tx: Tx,
  titleId: number,
  placedAt: Date,
  id: number,
): Promise<number> {
  return tx.hold.count({
    where: {
      titleId,
      status: "queued",
      OR: [{ placedAt: { lt: placedAt } }, { placedAt, id: { lt: id } }],
    },
  });
}

export function findReadyHoldsPickupBefore(tx: Tx, date: string) {
  return tx.hold.findMany({
    where: { status: "ready", pickupBy: { lt: date } },
    select: { id: true, patronId: true, titleId: true, copyId: true },
    orderBy: { id: "asc" },
  });
}
