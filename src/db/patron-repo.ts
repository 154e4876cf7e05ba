import type { Tx } from "./client.ts";

const patronSelect = { id: true, name: true, role: true, status: true } as const;

export function findPatronByCard(tx: Tx, cardNumber: string) {
  return tx.patron.findUnique({ where: { cardNumber }, select: patronSelect });
}

export function findPatronById(tx: Tx, id: number) {
  return tx.patron.findUnique({ where: { id }, select: patronSelect });
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
