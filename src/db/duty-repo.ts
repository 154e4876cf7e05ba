import type { Db, Tx } from "./client.ts";
import { lockPatron } from "./pg-row-lock.ts";

/** A student librarian's weekly duty shift (a RotaEntry of kind "duty"). */
export interface DutyShiftRow {
  id: number;
  patronId: number;
  name: string;
  weekday: number;
  start: string;
  end: string;
}

/**
 * Stores a weekly duty shift unless the pupil already has one starting then; false then. A duty
 * row's classId is NULL, which the table's unique key never treats as equal, so the pupil's row
 * is locked first on PostgreSQL (SQLite writes one transaction at a time): two identical
 * assignments made at once store one shift.
 */
export async function insertDutyOnce(
  tx: Tx,
  shift: { patronId: number; weekday: number; start: string; end: string },
): Promise<boolean> {
  await lockPatron(tx, { id: shift.patronId });
  const { patronId, weekday, start } = shift;
  const key = { kind: "duty", classId: null, grades: "", patronId, weekday, start };
  const existing = await tx.rotaEntry.findFirst({ where: key, select: { id: true } });
  if (existing) return false;
  await tx.rotaEntry.create({
    data: { ...key, end: shift.end, weeks: "every" },
    select: { id: true },
  });
  return true;
}

/** Every duty shift with its pupil's name, by weekday, start and name. */
export async function findDutyShifts(db: Db | Tx): Promise<DutyShiftRow[]> {
  const rows = await db.rotaEntry.findMany({
    where: { kind: "duty", patronId: { not: null } },
    select: {
      id: true,
      patronId: true,
      weekday: true,
      start: true,
      end: true,
      patron: { select: { name: true } },
    },
    orderBy: [{ weekday: "asc" }, { start: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    patronId: r.patronId ?? 0,
    name: r.patron?.name ?? "",
    weekday: r.weekday,
    start: r.start,
    end: r.end,
  }));
}

/**
 * Deletes one duty shift; the shift as it was, or null when no such duty row is left (already
 * removed, maybe by another desk at the same moment: the delete is conditional).
 */
export async function deleteDutyShift(tx: Tx, id: number): Promise<DutyShiftRow | null> {
  const shift = (await findDutyShifts(tx)).find((s) => s.id === id);
  if (!shift) return null;
  const { count } = await tx.rotaEntry.deleteMany({ where: { id, kind: "duty" } });
  return count === 1 ? shift : null;
}
