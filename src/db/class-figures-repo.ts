import type { Db } from "./client.ts";

export function findAllClasses(db: Db) {
  return db.schoolClass.findMany({
    select: { id: true, name: true, grade: true },
    orderBy: [{ grade: "asc" }, { number: "asc" }],
  });
}

/** Pupils (students who have not left) per class. */
export async function countPupilsByClass(db: Db): Promise<Map<number, number>> {
  const rows = await db.patron.groupBy({
    by: ["classId"],
    where: { role: "student", status: { not: "left" }, classId: { not: null } },
    _count: { _all: true },
  });
  return new Map(rows.flatMap((r) => (r.classId === null ? [] : [[r.classId, r._count._all]])));
}

/** The class of every patron that has one. */
export async function findClassOfPatrons(db: Db): Promise<Map<number, number>> {
  const rows = await db.patron.findMany({
    where: { classId: { not: null } },
    select: { id: true, classId: true },
  });
  return new Map(rows.flatMap((r) => (r.classId === null ? [] : [[r.id, r.classId]])));
}

/** Loans issued in [from, to) per patron (read from the (issuedAt, patronId) index alone). */
export async function countLoansByPatron(
  db: Db,
  from: Date,
  to: Date,
): Promise<Map<number, number>> {
  const rows = await db.loan.groupBy({
    by: ["patronId"],
    where: { issuedAt: { gte: from, lt: to } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.patronId, r._count._all]));
}

export function findPatronRole(db: Db, id: number) {
  return db.patron.findUnique({ where: { id }, select: { role: true } });
}
