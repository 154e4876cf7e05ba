import { Prisma } from "../generated/prisma/client.ts";
import type { Tx } from "./client.ts";
import { anyRow } from "./raw-rows.ts";

const copySelect = {
  id: true,
  barcode: true,
  titleId: true,
  status: true,
  priceCents: true,
  title: { select: { title: true, isReference: true } },
} as const;

export function findCopyByBarcode(tx: Tx, barcode: string) {
  return tx.copy.findUnique({ where: { barcode }, select: copySelect });
}

/** Sets the status only while it is still `from`; false when another write changed it first. */
export async function moveCopyStatus(
  tx: Tx,
  id: number,
  from: string,
  to: string,
): Promise<boolean> {
  const r = await tx.copy.updateMany({ where: { id, status: from }, data: { status: to } });
  return r.count === 1;
}

/** A copy of the title on the shelf (status available), if any. */
export function findAvailableCopyOf(tx: Tx, titleId: number) {
  return tx.copy.findFirst({
    where: { titleId, status: "available" },
    select: { id: true, titleId: true },
    orderBy: { id: "asc" },
  });
}

export async function setCopyStatus(tx: Tx, id: number, status: string): Promise<void> {
  await tx.copy.update({ where: { id }, data: { status }, select: { id: true } });
}

export function titleHasCopyWithStatus(
  tx: Tx,
  titleId: number,
  ...statuses: [string, ...string[]]
): Promise<boolean> {
  return anyRow(
    tx,
    Prisma.sql`SELECT 1 AS "hit" FROM "Copy" WHERE "titleId" = ${titleId} AND "status" IN (${Prisma.join(statuses)}) LIMIT 1`,
  );
}
