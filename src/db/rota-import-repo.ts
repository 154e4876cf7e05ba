import type { Tx } from "./client.ts";

/** The natural key of a rota entry (RotaEntry's @@unique). */
export interface RotaKey {
  kind: string;
  classId: number | null;
  grades: string;
  patronId: number | null;
  weekday: number;
  start: string;
}

export function findRotaEntry(tx: Tx, key: RotaKey): Promise<{ id: number } | null> {
  return tx.rotaEntry.findFirst({ where: key, select: { id: true } });
}

export async function createRotaEntry(
  tx: Tx,
  e: RotaKey & { end: string; weeks: string },
): Promise<void> {
  await tx.rotaEntry.create({ data: e, select: { id: true } });
}

export async function updateRotaEntry(
  tx: Tx,
  id: number,
  e: { end: string; weeks: string },
): Promise<void> {
  await tx.rotaEntry.update({ where: { id }, data: e, select: { id: true } });
}
