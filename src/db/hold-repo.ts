import type { Tx } from "./client.ts";

const queueOrder = [{ placedAt: "asc" }, { id: "asc" }] as const;
const active = { in: ["queued", "ready"] };

export function findHoldableTitle(tx: Tx, id: number) {
  return tx.title.findUnique({ where: { id }, select: { id: true, isReference: true } });
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

export function findFirstQueuedHold(tx: Tx, titleId: number) {
  return tx.hold.findFirst({
    where: { titleId, status: "queued" },
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

/** The patron's queued or ready hold on a title, if any. */
export function findActiveHoldOf(tx: Tx, patronId: number, titleId: number) {
  return tx.hold.findFirst({
    where: { patronId, titleId, status: active },
    select: { id: true, status: true, copyId: true },
  });
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

export function countActiveHolds(tx: Tx, patronId: number): Promise<number> {
  return tx.hold.count({ where: { patronId, status: active } });
}

export async function hasQueuedHoldByOther(
  tx: Tx,
  titleId: number,
  patronId: number,
): Promise<boolean> {
  const hit = await tx.hold.findFirst({
    where: { titleId, status: "queued", patronId: { not: patronId } },
    select: { id: true },
  });
  return hit !== null;
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
