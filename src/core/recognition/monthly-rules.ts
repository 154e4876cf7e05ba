import { weekdayOf } from "../dates.ts";
import type { IsoDate } from "../dates.ts";

/** Books a pupil returned in the month. */
export interface PupilReturns {
  patronId: number;
  classId: number;
  name: string;
  books: number;
}

/** A class's 小小读书迷 of the month. */
export interface ClassReaders {
  classId: number;
  /** Pupils who returned at least the minimum: the count a class group hears. */
  qualifying: number;
  /** The pupils with the most books returned (ties share it), when that is at least the minimum. */
  winners: PupilReturns[];
}

/**
 * 小小读书迷 per class: the pupil who returned the most books in the month, at least `minBooks`
 * of them; pupils tied at the top all are. Classes where nobody reached the minimum are left
 * out. Pure.
 */
export function readersOfMonth(rows: readonly PupilReturns[], minBooks: number): ClassReaders[] {
  const byClass = new Map<number, PupilReturns[]>();
  for (const r of rows) {
    if (r.books < minBooks) continue;
    byClass.set(r.classId, [...(byClass.get(r.classId) ?? []), r]);
  }
  return [...byClass.entries()]
    .sort(([a], [b]) => a - b)
    .map(([classId, list]) => {
      const top = Math.max(...list.map((r) => r.books));
      const winners = list.filter((r) => r.books === top).sort((a, b) => a.patronId - b.patronId);
      return { classId, qualifying: list.length, winners };
    });
}

/** A weekly desk-duty shift (RotaEntry kind "duty"). */
export interface DutyShift {
  id: number;
  patronId: number;
  weekday: number;
  start: string;
  end: string;
  weeks: string;
}

/** Desk work a 小管 did (an audited checkout, return, stocktake scan…): when, school time. */
export interface DeskAct {
  patronId: number;
  date: IsoDate;
  clock: string;
}

/**
 * Duty shifts kept per 小管: a shift counts once for each day on which the pupil did desk work
 * inside it (same weekday, start ≤ time < end, and the week's parity for odd/even shifts) —
 * the duty rota says when they were due, the audit log shows they came. Pure.
 */
export function keptShifts(
  shifts: readonly DutyShift[],
  acts: readonly DeskAct[],
  parityOf: (date: IsoDate) => "odd" | "even",
): Map<number, number> {
  const kept = new Set<string>();
  const out = new Map<number, number>();
  for (const a of acts) {
    const day = weekdayOf(a.date);
    for (const s of shifts) {
      if (s.patronId !== a.patronId || s.weekday !== day) continue;
      if (!(s.start <= a.clock && a.clock < s.end)) continue;
      if (s.weeks !== "every" && s.weeks !== parityOf(a.date)) continue;
      const key = `${s.id}:${a.date}`;
      if (kept.has(key)) continue;
      kept.add(key);
      out.set(s.patronId, (out.get(s.patronId) ?? 0) + 1);
    }
  }
  return out;
}

/** 阳光管理员: the 小管 with the most shifts kept (ties share it); nobody when none was kept. */
export function sunshineHelpers(kept: ReadonlyMap<number, number>): number[] {
  const top = Math.max(0, ...kept.values());
  if (top === 0) return [];
  return [...kept.entries()]
    .filter(([, n]) => n === top)
    .map(([id]) => id)
    .sort((a, b) => a - b);
}
