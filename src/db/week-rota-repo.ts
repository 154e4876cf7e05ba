import type { Db } from "./client.ts";

/** Every rota entry with its class and duty patron names (a rota is a few hundred rows). */
export function findAllRotaEntries(db: Db) {
  return db.rotaEntry.findMany({
    select: {
      id: true,
      kind: true,
      classId: true,
      grades: true,
      patronId: true,
      weekday: true,
      start: true,
      end: true,
      weeks: true,
      class: { select: { name: true } },
      patron: { select: { name: true } },
    },
    orderBy: [{ weekday: "asc" }, { start: "asc" }, { id: "asc" }],
  });
}

/** The class ids and grades of the given patrons' classes and of the given classes. */
export async function findClassesForRota(db: Db, patronIds: number[], classIds: number[]) {
  return db.schoolClass.findMany({
    where: { OR: [{ id: { in: classIds } }, { patrons: { some: { id: { in: patronIds } } } }] },
    select: { id: true, grade: true },
  });
}
