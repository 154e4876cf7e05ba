import type { Db, Tx } from "./client.ts";

export function createCharge(
  tx: Tx,
  data: {
    patronId: number;
    copyId: number;
    loanId: number;
    kind: string;
    amountCents: number;
    status: string;
    createdAt: Date;
    settledAt: Date | null;
  },
) {
  return tx.charge.create({ data, select: { id: true } });
}

export function findCharge(tx: Tx, id: number) {
  return tx.charge.findUnique({ where: { id }, select: { id: true, status: true } });
}

/** Settles a charge still open; false when it was settled in between. */
export async function settleChargeIf(
  tx: Tx,
  id: number,
  status: string,
  settledAt: Date,
): Promise<boolean> {
  const r = await tx.charge.updateMany({
    where: { id, status: "open" },
    data: { status, settledAt },
  });
  return r.count === 1;
}

/** Open charges, oldest first, with the reader, their class and the copy's title. */
export function findOpenCharges(db: Db) {
  return db.charge.findMany({
    where: { status: "open" },
    select: {
      id: true,
      kind: true,
      amountCents: true,
      patron: { select: { name: true, class: { select: { name: true } } } },
      copy: { select: { barcode: true, title: { select: { title: true } } } },
    },
    orderBy: { id: "asc" },
  });
}
