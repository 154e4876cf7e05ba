import type { Tx } from "./client.ts";

/** A patron's desk-duty shifts on one weekday (1 = Monday … 7 = Sunday). */
export function findDutiesOn(tx: Tx, patronId: number, weekday: number) {
  return tx.rotaEntry.findMany({
    where: { kind: "duty", patronId, weekday },
    select: { start: true, end: true, weeks: true },
  });
}
