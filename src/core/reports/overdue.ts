import {
  findClassById,
  findOverdueLoansOfClass,
  findOverdueLoansOfPatrons,
} from "../../db/overdue-list-repo.ts";
import type { OverdueRow } from "../../db/overdue-list-repo.ts";
import { canSeeClass } from "../actor.ts";
import type { Actor } from "../actor.ts";
import type { IsoDate } from "../dates.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";
import type { Policy } from "../policy.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import { overdueLevel } from "../circulation/rules.ts";
import { daysLate } from "./overdue-level.ts";

export interface OverdueItem {
  title: string;
  barcode: string;
  dueOn: IsoDate;
  daysLate: number;
  level: number;
}

export interface OverduePupil {
  patronId: number;
  name: string;
  /** Most days late first. */
  items: OverdueItem[];
}

export interface ClassOverdue {
  classId: number;
  className: string;
  /** Pupils with the longest-late item first. */
  pupils: OverduePupil[];
}

export type ClassOverdueRefusal = "not_for_groups" | "not_your_class" | "no_such_class";

function groupByPupil(policy: Policy, rows: OverdueRow[], day: IsoDate): OverduePupil[] {
  const pupils = new Map<number, OverduePupil>();
  for (const r of rows) {
    const pupil = pupils.get(r.patronId) ?? {
      patronId: r.patronId,
      name: r.name,
      items: [],
    };
    pupil.items.push({
      title: r.title,
      barcode: r.barcode,
      dueOn: r.dueOn,
      daysLate: daysLate(r.dueOn, day),
      level: overdueLevel(policy, r.dueOn, day),
    });
    pupils.set(r.patronId, pupil);
  }
  const worst = (p: OverduePupil) => Math.max(...p.items.map((i) => i.daysLate));
  for (const p of pupils.values()) p.items.sort((a, b) => b.daysLate - a.daysLate);
  return [...pupils.values()].sort((a, b) => worst(b) - worst(a) || a.patronId - b.patronId);
}

/**
 * A class's overdue list, grouped by pupil, most days late first: for the class's teacher and
 * the librarian. A group chat is refused `not_for_groups` (a class group never sees a named
 * overdue list); anyone else `not_your_class`; an unknown class `no_such_class`.
 */
export async function overdueForClass(
  lib: Library,
  actor: Actor,
  classId: number,
): Promise<Result<ClassOverdue, ClassOverdueRefusal>> {
  if (actor.kind === "group") return refuse("not_for_groups");
  if (!canSeeClass(actor, classId)) return refuse("not_your_class");
  const cls = await findClassById(lib.db, classId);
  if (!cls) return refuse("no_such_class");
  const day = today(lib);
  const rows = await findOverdueLoansOfClass(lib.db, classId, day);
  return ok({ classId, className: cls.name, pupils: groupByPupil(lib.policy, rows, day) });
}

/**
 * The actor's own overdue items (self and children), grouped by patron like the class list.
 * Patrons with nothing overdue are left out; a group chat has no patrons and gets nothing.
 */
export async function overdueForPatrons(lib: Library, actor: Actor): Promise<OverduePupil[]> {
  const ids = [...new Set(actor.patronIds)];
  if (actor.kind === "group" || ids.length === 0) return [];
  const day = today(lib);
  return groupByPupil(lib.policy, await findOverdueLoansOfPatrons(lib.db, ids, day), day);
}

/** The classes whose overdue list a teacher asks for by default: the ones they head. */
export function overdueClassesOf(actor: Actor): number[] {
  return actor.kind === "member" ? [...actor.classIds] : [];
}
