import type { Db, Tx } from "./client.ts";

/** A pupil with what they still hold or owe: open loans and open charges. */
export interface OwingPupilRow {
  id: number;
  name: string;
  status: string;
  classId: number | null;
  class: { name: string; grade: number } | null;
  loans: { dueOn: string; copy: { barcode: string; title: { title: string } } }[];
  charges: {
    kind: string;
    amountCents: number;
    copy: { barcode: string; title: { title: string } };
  }[];
}

const bookOf = { select: { barcode: true, title: { select: { title: true } } } } as const;

const owingPupil = {
  id: true,
  name: true,
  status: true,
  classId: true,
  class: { select: { name: true, grade: true } },
  loans: {
    where: { returnedAt: null },
    select: { dueOn: true, copy: bookOf },
    orderBy: { id: "asc" },
  },
  charges: {
    where: { status: "open" },
    select: { kind: true, amountCents: true, copy: bookOf },
    orderBy: { id: "asc" },
  },
} as const;

/** Which pupils: those of some grades, those whose card is closed (离校), or these ids. */
export interface PupilFilter {
  grades?: readonly number[];
  left?: boolean;
  patronIds?: readonly number[];
}

/**
 * Pupils matching any part of the filter who still hold a book or owe a charge, by class
 * name then id, with those loans and charges.
 */
export async function findOwingPupils(db: Db | Tx, filter: PupilFilter): Promise<OwingPupilRow[]> {
  const any = [
    ...(filter.grades ? [{ class: { grade: { in: [...filter.grades] } } }] : []),
    ...(filter.left ? [{ status: "left" }] : []),
    ...(filter.patronIds ? [{ id: { in: [...filter.patronIds] } }] : []),
  ];
  if (any.length === 0) return [];
  const rows = await db.patron.findMany({
    where: {
      role: "student",
      OR: any,
      AND: {
        OR: [{ loans: { some: { returnedAt: null } } }, { charges: { some: { status: "open" } } }],
      },
    },
    select: owingPupil,
    orderBy: { id: "asc" },
  });
  return rows.sort((a, b) => (a.class?.name ?? "").localeCompare(b.class?.name ?? ""));
}

/** The classes of some grades, by name. */
export function findClassesOfGrades(db: Db | Tx, grades: readonly number[]) {
  return db.schoolClass.findMany({
    where: { grade: { in: [...grades] } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

const account = { platform: true, userId: true, locale: true } as const;

/** A chat account a clearance notice goes to. */
export interface ClearanceAccount {
  platform: string;
  userId: string;
  locale: string | null;
}

/** The private chats of each pupil and of every guardian, as (patron id, account) pairs. */
export async function findFamilyAccounts(
  tx: Db | Tx,
  patronIds: readonly number[],
): Promise<{ patronId: number | null; member: ClearanceAccount }[]> {
  return tx.binding.findMany({
    where: { patronId: { in: [...patronIds] }, kind: { in: ["self", "guardian"] } },
    select: { patronId: true, member: { select: account } },
    orderBy: { id: "asc" },
  });
}

/** The teacher accounts of each class's class teachers, as (class id, account) pairs. */
export async function findClassTeacherAccounts(
  tx: Db | Tx,
  classIds: readonly number[],
): Promise<{ classId: number; member: ClearanceAccount }[]> {
  const heads = await tx.classTeacher.findMany({
    where: { classId: { in: [...classIds] } },
    select: {
      classId: true,
      teacher: {
        select: {
          bindings: { where: { kind: "teacher" }, select: { member: { select: account } } },
        },
      },
    },
  });
  return heads.flatMap((h) =>
    h.teacher.bindings.map((b) => ({ classId: h.classId, member: b.member })),
  );
}
