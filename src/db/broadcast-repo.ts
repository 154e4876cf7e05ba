import type { Prisma } from "../generated/prisma/client.ts";
import type { Db, Tx } from "./client.ts";

/** A set of classes: one class, the classes of a grade, or every class (empty). */
export interface ClassScope {
  classId?: number;
  grade?: number;
}

const classWhere = (s: ClassScope): Prisma.SchoolClassWhereInput => ({
  ...(s.classId === undefined ? {} : { id: s.classId }),
  ...(s.grade === undefined ? {} : { grade: s.grade }),
});

const chatAccount = { platform: true, userId: true, mutedNotices: true } as const;

/** Chat accounts holding a binding of one of `kinds` (any binding when null). */
export function findMembersWithBinding(tx: Db | Tx, kinds: string[] | null, patronRole?: string) {
  const binding: Prisma.BindingWhereInput = {
    ...(kinds ? { kind: { in: kinds } } : {}),
    ...(patronRole === undefined ? {} : { patron: { role: patronRole } }),
  };
  return tx.chatMember.findMany({
    where: { bindings: { some: binding } },
    select: chatAccount,
    orderBy: { id: "asc" },
  });
}

/** Chat accounts bound with one of `kinds` (guardian, self) to a patron in the classes. */
export function findMembersOfPupils(tx: Db | Tx, scope: ClassScope, kinds: string[]) {
  return tx.chatMember.findMany({
    where: { bindings: { some: { kind: { in: kinds }, patron: { class: classWhere(scope) } } } },
    select: chatAccount,
    orderBy: { id: "asc" },
  });
}

/** Chat accounts with a teacher binding to a teacher who heads one of the classes. */
export function findMembersOfTeachers(tx: Db | Tx, scope: ClassScope) {
  return tx.chatMember.findMany({
    where: {
      bindings: {
        some: {
          kind: "teacher",
          patron: { headOf: { some: { class: classWhere(scope) } } },
        },
      },
    },
    select: chatAccount,
    orderBy: { id: "asc" },
  });
}

/** Linked class group chats of the classes. */
export function findClassGroups(tx: Db | Tx, scope: ClassScope) {
  return tx.chatGroup.findMany({
    where: { class: classWhere(scope) },
    select: { platform: true, chatId: true },
    orderBy: { id: "asc" },
  });
}

/** Every class, by grade then number. */
export function findSchoolClasses(db: Db | Tx) {
  return db.schoolClass.findMany({
    select: { id: true, name: true, grade: true },
    orderBy: [{ grade: "asc" }, { number: "asc" }],
  });
}

export function findClassRef(db: Db | Tx, classId: number) {
  return db.schoolClass.findUnique({
    where: { id: classId },
    select: { id: true, name: true, grade: true },
  });
}

export function findTitleNames(tx: Db | Tx, ids: number[]) {
  return tx.title.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } });
}

export interface BroadcastRow {
  text: string;
  titles: string;
  audience: string;
  createdBy: number | null;
  createdAt: Date;
  recipientCount: number;
}

export function insertBroadcast(tx: Tx, row: BroadcastRow) {
  return tx.broadcast.create({ data: row, select: { id: true } });
}
