import type { Db, Tx } from "./client.ts";

/** A class as a corner batch needs it: its id and name. */
export function findClassByName(tx: Tx, name: string) {
  return tx.schoolClass.findUnique({ where: { name }, select: { id: true, name: true } });
}

export function createCornerBatch(
  tx: Tx,
  data: { classId: number; dueOn: string; createdBy: number | null; createdAt: Date },
) {
  return tx.cornerBatch.create({ data, select: { id: true } });
}

export function findCornerBatch(tx: Tx, id: number) {
  return tx.cornerBatch.findUnique({
    where: { id },
    select: { id: true, classId: true, dueOn: true, class: { select: { name: true } } },
  });
}

export function createCornerLoan(
  tx: Tx,
  data: { batchId: number; copyId: number; issuedAt: Date },
) {
  return tx.cornerLoan.create({ data, select: { id: true } });
}

export function countOpenCornerLoans(tx: Tx, batchId: number): Promise<number> {
  return tx.cornerLoan.count({ where: { batchId, returnedAt: null } });
}

/** The copy's corner loan still out, with its batch's class. */
export function findOpenCornerLoanOfCopy(tx: Tx, copyId: number) {
  return tx.cornerLoan.findFirst({
    where: { copyId, returnedAt: null },
    select: {
      id: true,
      batchId: true,
      batch: { select: { dueOn: true, class: { select: { name: true } } } },
    },
  });
}

/** Closes a corner loan still out; false when another desk closed it first. */
export async function closeCornerLoan(tx: Tx, id: number, at: Date): Promise<boolean> {
  const r = await tx.cornerLoan.updateMany({
    where: { id, returnedAt: null },
    data: { returnedAt: at },
  });
  return r.count === 1;
}

/** Batches with copies still out that were due before `date`, with their class and count out. */
export async function findLateCornerBatches(db: Db, date: string) {
  const rows = await db.cornerBatch.findMany({
    where: { dueOn: { lt: date }, loans: { some: { returnedAt: null } } },
    select: {
      id: true,
      classId: true,
      dueOn: true,
      class: { select: { name: true } },
      _count: { select: { loans: { where: { returnedAt: null } } } },
    },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => ({
    batchId: r.id,
    classId: r.classId,
    className: r.class.name,
    dueOn: r.dueOn,
    out: r._count.loans,
  }));
}

/** Corner copies per class: lent in [from, to), and still out now. */
export async function countCornerBooksByClass(
  db: Db,
  from: Date,
  to: Date,
): Promise<{ lent: Map<number, number>; out: Map<number, number> }> {
  const rows = await db.cornerLoan.findMany({
    where: { OR: [{ issuedAt: { gte: from, lt: to } }, { returnedAt: null }] },
    select: { issuedAt: true, returnedAt: true, batch: { select: { classId: true } } },
  });
  const lent = new Map<number, number>();
  const out = new Map<number, number>();
  for (const r of rows) {
    const c = r.batch.classId;
    if (r.issuedAt >= from && r.issuedAt < to) lent.set(c, (lent.get(c) ?? 0) + 1);
    if (r.returnedAt === null) out.set(c, (out.get(c) ?? 0) + 1);
  }
  return { lent, out };
}

/** The copies still in the corners of these classes, by class, due date and title. */
export async function findOpenCornerBooksOfClasses(db: Db, classIds: readonly number[]) {
  const rows = await db.cornerLoan.findMany({
    where: { returnedAt: null, batch: { classId: { in: [...classIds] } } },
    select: {
      copy: { select: { barcode: true, title: { select: { title: true } } } },
      batch: { select: { classId: true, dueOn: true, class: { select: { name: true } } } },
    },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => ({
    classId: r.batch.classId,
    className: r.batch.class.name,
    dueOn: r.batch.dueOn,
    title: r.copy.title.title,
    barcode: r.copy.barcode,
  }));
}
