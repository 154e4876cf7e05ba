import type { Db } from "./client.ts";

/** The class of the borrower of every open loan due before `today` (pupils in a class only). */
export function findOverdueLoanClasses(db: Db, today: string) {
  return db.loan.findMany({
    where: { returnedAt: null, dueOn: { lt: today }, patron: { classId: { not: null } } },
    select: {
      patronId: true,
      patron: {
        select: { class: { select: { id: true, name: true, grade: true, number: true } } },
      },
    },
  });
}
