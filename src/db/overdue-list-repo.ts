import type { Db } from "./client.ts";

const overdueSelect = {
  patronId: true,
  dueOn: true,
  patron: { select: { name: true } },
  copy: { select: { barcode: true, title: { select: { title: true } } } },
} as const;

export function findClassById(db: Db, classId: number) {
  return db.schoolClass.findUnique({ where: { id: classId }, select: { id: true, name: true } });
}

/** Open loans due before `today` of patrons in a class, oldest due date first. */
export function findOverdueLoansOfClass(db: Db, classId: number, today: string) {
  return db.loan.findMany({
    where: { returnedAt: null, dueOn: { lt: today }, patron: { classId } },
    select: overdueSelect,
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
  });
}

/** Open loans due before `today` of the given patrons, oldest due date first. */
export function findOverdueLoansOfPatrons(db: Db, patronIds: number[], today: string) {
  return db.loan.findMany({
    where: { returnedAt: null, dueOn: { lt: today }, patronId: { in: patronIds } },
    select: overdueSelect,
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
  });
}
