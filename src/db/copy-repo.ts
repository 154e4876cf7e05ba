import { Prisma } from "../generated/prisma/client.ts";
import type { Tx } from "./client.ts";
import { executeSql, queryRows } from "./direct-sql.ts";
import { anyRow, toNumber } from "./raw-rows.ts";

type CopyRow = Record<"id" | "titleId" | "priceCents", number | bigint> & {
  barcode: string;
  status: string;
  title: string;
  isReference: boolean | number;
};

/** A copy by barcode with its title (one raw statement: every desk checkout and return reads it). */
export async function findCopyByBarcode(tx: Tx, barcode: string) {
  const [r] = await queryRows<CopyRow[]>(
    tx,
    Prisma.sql`
    SELECT c."id", c."barcode", c."titleId", c."status", c."priceCents", t."title",
      t."isReference"
    FROM "Copy" c JOIN "Title" t ON t."id" = c."titleId" WHERE c."barcode" = ${barcode}`,
  );
  if (!r) return null;
  return {
    id: toNumber(r.id),
    barcode: r.barcode,
    titleId: toNumber(r.titleId),
    status: r.status,
    priceCents: toNumber(r.priceCents),
    title: { title: r.title, isReference: Boolean(r.isReference) },
  };
}

/** Sets the status only while it is still `from`; false when another write changed it first. */
export async function moveCopyStatus(
  tx: Tx,
  id: number,
  from: string,
  to: string,
): Promise<boolean> {
  const n = await executeSql(
    tx,
    Prisma.sql`
    UPDATE "Copy" SET "status" = ${to}, "updatedAt" = ${new Date()}
    WHERE "id" = ${id} AND "status" = ${from}`,
  );
  return n === 1;
}

/** A copy of the title on the shelf (status available), if any. */
export function findAvailableCopyOf(tx: Tx, titleId: number) {
  return tx.copy.findFirst({
    where: { titleId, status: "available" },
    select: { id: true, titleId: true },
    orderBy: { id: "asc" },
  });
}

/** Sets a copy's status (and `updatedAt`, which search watches); throws for an unknown copy. */
export async function setCopyStatus(tx: Tx, id: number, status: string): Promise<void> {
  const n = await executeSql(
    tx,
    Prisma.sql`UPDATE "Copy" SET "status" = ${status}, "updatedAt" = ${new Date()} WHERE "id" = ${id}`,
  );
  if (n !== 1) throw new Error(`no copy ${id} to set ${status}`);
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
