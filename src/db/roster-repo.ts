import type { Db, Tx } from "./client.ts";

export interface StoredClass {
  id: number;
  grade: number;
  number: number;
  name: string;
}

export interface RosterPatron {
  cardNumber: string;
  name: string;
  role: string;
  classId: number | null;
  /** Left out: a new patron gets the schema default, a stored one keeps its own. */
  status?: string;
  isStudentLibrarian?: boolean;
}

const storedPatron = {
  id: true,
  cardNumber: true,
  name: true,
  role: true,
  classId: true,
  status: true,
  isStudentLibrarian: true,
} as const;

const BATCH = 400;

export function findAllClasses(tx: Tx): Promise<StoredClass[]> {
  return tx.schoolClass.findMany({ select: { id: true, grade: true, number: true, name: true } });
}

export function createClass(tx: Tx, c: Omit<StoredClass, "id">): Promise<StoredClass> {
  return tx.schoolClass.create({
    data: c,
    select: { id: true, grade: true, number: true, name: true },
  });
}

export async function findPatronsByCard(
  tx: Tx,
  cards: readonly string[],
): Promise<(Required<RosterPatron> & { id: number })[]> {
  const out: (Required<RosterPatron> & { id: number })[] = [];
  for (let i = 0; i < cards.length; i += BATCH) {
    out.push(
      ...(await tx.patron.findMany({
        where: { cardNumber: { in: cards.slice(i, i + BATCH) } },
        select: storedPatron,
      })),
    );
  }
  return out;
}

export async function createPatrons(tx: Tx, patrons: readonly RosterPatron[]): Promise<void> {
  for (let i = 0; i < patrons.length; i += BATCH) {
    await tx.patron.createMany({ data: patrons.slice(i, i + BATCH) });
  }
}

export async function updatePatron(
  tx: Tx,
  id: number,
  p: Partial<Omit<RosterPatron, "cardNumber">>,
): Promise<void> {
  await tx.patron.update({ where: { id }, data: p, select: { id: true } });
}

/** Makes `classIds` the exact set of classes this teacher heads. */
export async function replaceHeadOf(
  tx: Tx,
  teacherId: number,
  classIds: readonly number[],
): Promise<void> {
  await tx.classTeacher.deleteMany({ where: { teacherId } });
  if (classIds.length > 0) {
    await tx.classTeacher.createMany({ data: classIds.map((classId) => ({ teacherId, classId })) });
  }
}

export function findClassByName(db: Db | Tx, name: string): Promise<StoredClass | null> {
  return db.schoolClass.findUnique({
    where: { name },
    select: { id: true, grade: true, number: true, name: true },
  });
}

export function findPatronForGrant(db: Db | Tx, cardNumber: string) {
  return db.patron.findUnique({
    where: { cardNumber },
    select: { id: true, role: true, name: true, isStudentLibrarian: true, status: true },
  });
}

export async function setStudentLibrarian(tx: Tx, patronId: number, on: boolean): Promise<void> {
  await tx.patron.update({
    where: { id: patronId },
    data: { isStudentLibrarian: on },
    select: { id: true },
  });
}
