import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./client.ts";
import { titleInfoSelect } from "./search-repo.ts";

/** Role and class grade of the given patrons. */
export function findPatronGrades(db: Db, ids: number[]) {
  return db.patron.findMany({
    where: { id: { in: ids } },
    select: { role: true, class: { select: { grade: true } } },
  });
}

export function findClassGrades(db: Db, ids: number[]) {
  return db.schoolClass.findMany({ where: { id: { in: ids } }, select: { grade: true } });
}

/**
 * Titles added in [since, until], optionally only those suited to one of `grades`;
 * librarian picks first, then newest, then highest id.
 */
export async function findNewTitles(
  db: Db,
  q: { since: string; until: string; grades: number[] | null; skip: number; take: number },
) {
  const where: Prisma.TitleWhereInput = {
    addedOn: { gte: q.since, lte: q.until },
    ...(q.grades
      ? { OR: q.grades.map((g) => ({ gradeMin: { lte: g }, gradeMax: { gte: g } })) }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.title.count({ where }),
    db.title.findMany({
      where,
      select: { ...titleInfoSelect, recommended: true },
      orderBy: [{ recommended: "desc" }, { addedOn: "desc" }, { id: "desc" }],
      skip: q.skip,
      take: q.take,
    }),
  ]);
  return { total, rows };
}
