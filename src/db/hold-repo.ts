import { Prisma } from "../generated/prisma/client.ts";
import type { Db, Tx } from "./client.ts";
import { anyRow, toDate, toNumber } from "./raw-rows.ts";
import { executeSql, queryRows } from "./direct-sql.ts";
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

type HoldRow = {
  id: number | bigint;
  patronId: number | bigint;
  titleId: number | bigint;
  status: string;
  copyId: number | bigint | null;
  placedAt: Date | string;
};

// The statements of placing and cancelling a hold are raw: each runs on a dialog turn, where a
// model query costs several times the statement itself in Prisma's query compiler.

export async function findHold(tx: Db | Tx, id: number) {
  const [r] = await queryRows<HoldRow[]>(
    tx,
    Prisma.sql`
    SELECT "id", "patronId", "titleId", "status", "copyId", "placedAt" FROM "Hold" WHERE "id" = ${id}`,
  );
  if (!r) return null;
  return {
    id: toNumber(r.id),
    patronId: toNumber(r.patronId),
    titleId: toNumber(r.titleId),
    status: r.status,
    copyId: r.copyId === null ? null : toNumber(r.copyId),
    placedAt: toDate(r.placedAt),
  };
}

/**
 * The oldest queued hold on a title of a reader who may borrow now (an active card). The title
 * stays locked till the transaction ends, so two copies never go to one hold.
 */
/** The first queued hold on the title whose reader's card is active, the title locked. */
export async function findFirstServableHold(tx: Tx, titleId: number) {
  await lockTitle(tx, titleId);
  const [r] = await queryRows<{ id: number | bigint; patronId: number | bigint }[]>(
    tx,
    Prisma.sql`
    SELECT h."id", h."patronId" FROM "Hold" h JOIN "Patron" p ON p."id" = h."patronId"
    WHERE h."titleId" = ${titleId} AND h."status" = 'queued' AND p."status" = 'active'
    ORDER BY h."placedAt", h."id" LIMIT 1`,
  );
  return r ? { id: toNumber(r.id), patronId: toNumber(r.patronId) } : null;
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
  const copy = data.copyId === undefined ? Prisma.empty : Prisma.sql`, "copyId" = ${data.copyId}`;
  const n = await executeSql(
    tx,
    Prisma.sql`
    UPDATE "Hold" SET "status" = ${data.status}, "closedAt" = ${data.closedAt}${copy}
    WHERE "id" = ${id} AND "status" = ${from}`,
  );
  return n === 1;
}

export async function createHold(
  tx: Tx,
  data: { patronId: number; titleId: number; placedAt: Date },
): Promise<{ id: number }> {
  const [r] = await queryRows<{ id: number | bigint }[]>(
    tx,
    Prisma.sql`
    INSERT INTO "Hold" ("titleId", "patronId", "status", "placedAt")
    VALUES (${data.titleId}, ${data.patronId}, 'queued', ${data.placedAt}) RETURNING "id"`,
  );
  if (!r) throw new Error("the new hold returned no id");
  return { id: toNumber(r.id) };
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
export async function countQueuedAhead(
  tx: Db | Tx,
  titleId: number,
  placedAt: Date,
  id: number,
): Promise<number> {
  const [r] = await queryRows<{ n: number | bigint }[]>(
    tx,
    Prisma.sql`
    SELECT COUNT(*) AS "n" FROM "Hold" WHERE "titleId" = ${titleId} AND "status" = 'queued'
      AND ("placedAt" < ${placedAt} OR ("placedAt" = ${placedAt} AND "id" < ${id}))`,
  );
  return r ? toNumber(r.n) : 0;
}

export function findReadyHoldsPickupBefore(tx: Tx, date: string) {
  return tx.hold.findMany({
    where: { status: "ready", pickupBy: { lt: date } },
    select: { id: true, patronId: true, titleId: true, copyId: true },
    orderBy: { id: "asc" },
  });
}
