import type { Db } from "./client.ts";

/**
 * The accounts on a platform that may hold a staff role: bound as librarian, student
 * librarian or teacher, or bound to themselves as a pupil who is a student librarian.
 */
export async function findStaffUserIds(db: Db, platform: string): Promise<string[]> {
  const rows = await db.chatMember.findMany({
    where: {
      platform,
      bindings: {
        some: {
          OR: [
            { kind: { in: ["librarian", "student_librarian", "teacher"] } },
            { kind: "self", patron: { isStudentLibrarian: true } },
          ],
        },
      },
    },
    select: { userId: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => r.userId);
}

/** The accounts bound to any of these pupils, on every platform. */
export async function findAccountsOfPatrons(
  db: Db,
  patronIds: readonly number[],
): Promise<{ platform: string; userId: string }[]> {
  return db.chatMember.findMany({
    where: { bindings: { some: { patronId: { in: [...patronIds] } } } },
    select: { platform: true, userId: true },
    orderBy: { id: "asc" },
  });
}
