import { findOverdueLoanClasses } from "../../db/overdue-count-repo.ts";
import type { Actor } from "../actor.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";

export interface ClassOverdueCount {
  classId: number;
  className: string;
  grade: number;
  /** Pupils with at least one overdue loan. */
  pupils: number;
  /** Overdue loans. */
  items: number;
}

/**
 * Classes that have overdue loans today, with how many pupils and loans, by grade and class
 * name: the librarian's menu before opening one class's list (overdueForClass). Librarian
 * only (`not_librarian`); counts carry no names, but the list still belongs in private chat.
 */
export async function overdueCountsByClass(
  lib: Library,
  actor: Actor,
): Promise<Result<ClassOverdueCount[], "not_librarian">> {
  if (!actor.isLibrarian || actor.kind === "group") return refuse("not_librarian");
  const rows = await findOverdueLoanClasses(lib.db, today(lib));
  const counts = new Map<number, ClassOverdueCount & { number: number; who: Set<number> }>();
  for (const r of rows) {
    const cls = r.patron.class;
    if (!cls) continue;
    const c = counts.get(cls.id) ?? {
      classId: cls.id,
      className: cls.name,
      grade: cls.grade,
      number: cls.number,
      pupils: 0,
      items: 0,
      who: new Set<number>(),
    };
    c.items += 1;
    c.who.add(r.patronId);
    counts.set(cls.id, c);
  }
  const list = [...counts.values()].sort((a, b) => a.grade - b.grade || a.number - b.number);
  return ok(list.map(({ who, number: _n, ...c }) => ({ ...c, pupils: who.size })));
}
