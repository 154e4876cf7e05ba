import { inChunks } from "./chunks.ts";
import type { Db } from "./client.ts";

const account = {
  id: true,
  platform: true,
  userId: true,
  locale: true,
  mutedNotices: true,
} as const;

/** A chat account as notices need it. */
export interface AccountRow {
  id: number;
  platform: string;
  userId: string;
  locale: string | null;
  mutedNotices: string;
}

/** Bindings of `kinds` to the patrons, with their chat accounts. */
export function findBindingsOfPatrons(
  db: Db,
  patronIds: readonly number[],
  kinds: readonly string[],
): Promise<{ kind: string; patronId: number | null; member: AccountRow }[]> {
  return inChunks([...new Set(patronIds)], (chunk) =>
    db.binding.findMany({
      where: { patronId: { in: chunk }, kind: { in: [...kinds] } },
      select: { kind: true, patronId: true, member: { select: account } },
      orderBy: { id: "asc" },
    }),
  );
}

/** The teachers heading the classes. */
export function findClassTeachers(
  db: Db,
  classIds: readonly number[],
): Promise<{ classId: number; teacherId: number }[]> {
  return inChunks([...new Set(classIds)], (chunk) =>
    db.classTeacher.findMany({
      where: { classId: { in: chunk } },
      select: { classId: true, teacherId: true },
    }),
  );
}

/** Linked class group chats of the classes. */
export function findGroupsOfClasses(
  db: Db,
  classIds: readonly number[],
): Promise<{ classId: number; platform: string; chatId: string }[]> {
  return inChunks([...new Set(classIds)], (chunk) =>
    db.chatGroup.findMany({
      where: { classId: { in: chunk } },
      select: { classId: true, platform: true, chatId: true },
      orderBy: { id: "asc" },
    }),
  );
}

/** Chat accounts holding a binding of this kind (e.g. every librarian). */
export async function findAccountsWithBinding(db: Db, kind: string): Promise<AccountRow[]> {
  return db.chatMember.findMany({
    where: { bindings: { some: { kind } } },
    select: account,
    orderBy: { id: "asc" },
  });
}

export function findAccountById(db: Db, id: number): Promise<AccountRow | null> {
  return db.chatMember.findUnique({ where: { id }, select: account });
}

/** Every class with its grade. */
export function findClassesWithGrade(
  db: Db,
): Promise<{ id: number; name: string; grade: number }[]> {
  return db.schoolClass.findMany({
    select: { id: true, name: true, grade: true },
    orderBy: [{ grade: "asc" }, { number: "asc" }],
  });
}

/** Patrons of the classes who are active pupils (for class-wide notices without a group). */
export function findPupilsOfClasses(
  db: Db,
  classIds: readonly number[],
): Promise<{ id: number; classId: number | null }[]> {
  return inChunks([...new Set(classIds)], (chunk) =>
    db.patron.findMany({
      where: { classId: { in: chunk }, role: "student", status: { not: "left" } },
      select: { id: true, classId: true },
    }),
  );
}
