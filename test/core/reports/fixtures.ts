import type { Actor } from "../../../src/core/actor.ts";
import { buildSearchKey } from "../../../src/core/catalog/search-key.ts";
import type { Db } from "../../../src/db/client.ts";

let seq = 0;
const next = () => ++seq;

export async function addClass(db: Db, grade: number, number: number): Promise<number> {
  const c = await db.schoolClass.create({ data: { grade, number, name: `${grade}-${number}` } });
  return c.id;
}

export async function addPatron(
  db: Db,
  p: { name: string; classId?: number; role?: "student" | "teacher"; status?: string },
): Promise<number> {
  const row = await db.patron.create({
    data: {
      cardNumber: `C${next()}`,
      name: p.name,
      role: p.role ?? "student",
      status: p.status ?? "active",
      classId: p.classId ?? null,
    },
  });
  return row.id;
}

export interface TitleSpec {
  title: string;
  author?: string;
  isbn?: string;
  addedOn?: string;
  gradeMin?: number;
  gradeMax?: number;
  recommended?: boolean;
  isReference?: boolean;
  /** Statuses of the copies to create, e.g. ["available", "on_loan"]. */
  copies?: string[];
}

/** A title with its search key built the way the importer does, and its copies. */
export async function addTitle(db: Db, t: TitleSpec): Promise<{ id: number; copyIds: number[] }> {
  const author = t.author ?? "";
  const row = await db.title.create({
    data: {
      title: t.title,
      author,
      isbn: t.isbn ?? null,
      addedOn: t.addedOn ?? "2026-01-01",
      gradeMin: t.gradeMin ?? 1,
      gradeMax: t.gradeMax ?? 12,
      recommended: t.recommended ?? false,
      isReference: t.isReference ?? false,
      searchKey: buildSearchKey({ title: t.title, author, isbn: t.isbn ?? null }),
    },
  });
  const copyIds: number[] = [];
  for (const status of t.copies ?? []) copyIds.push(await addCopy(db, row.id, status));
  return { id: row.id, copyIds };
}

export async function addCopy(db: Db, titleId: number, status = "available"): Promise<number> {
  const n = next();
  const c = await db.copy.create({
    data: { titleId, status, barcode: `B${n}`, callNumber: `I247/${n}`, location: "二楼借阅室" },
  });
  return c.id;
}

export async function addLoan(
  db: Db,
  l: {
    copyId: number;
    patronId: number;
    dueOn: string;
    issuedAt?: string;
    returned?: boolean;
    renewals?: number;
  },
): Promise<number> {
  const issuedAt = new Date(l.issuedAt ?? "2026-09-01T10:00:00+08:00");
  const row = await db.loan.create({
    data: {
      copyId: l.copyId,
      patronId: l.patronId,
      dueOn: l.dueOn,
      issuedAt,
      renewals: l.renewals ?? 0,
      returnedAt: l.returned ? issuedAt : null,
    },
  });
  return row.id;
}

export async function addHold(
  db: Db,
  h: {
    titleId: number;
    patronId: number;
    status?: string;
    placedAt?: string;
    pickupBy?: string;
    copyId?: number;
  },
): Promise<number> {
  const row = await db.hold.create({
    data: {
      titleId: h.titleId,
      patronId: h.patronId,
      status: h.status ?? "queued",
      placedAt: new Date(h.placedAt ?? "2026-09-01T10:00:00+08:00"),
      pickupBy: h.pickupBy ?? null,
      copyId: h.copyId ?? null,
    },
  });
  return row.id;
}

const base: Actor = {
  kind: "member",
  memberId: 1,
  patronIds: [],
  classIds: [],
  isLibrarian: false,
  isStudentLibrarian: false,
};

export const parentOf = (...children: number[]): Actor => ({ ...base, patronIds: children });
export const student = (self: number): Actor => ({
  ...base,
  selfPatronId: self,
  patronIds: [self],
});
export const studentLibrarian = (self: number): Actor => ({
  ...student(self),
  isStudentLibrarian: true,
});
export const teacherOf = (self: number, ...classIds: number[]): Actor => ({
  ...base,
  selfPatronId: self,
  patronIds: [self],
  classIds,
});
export const librarian: Actor = { ...base, isLibrarian: true };
export const groupOf = (classId: number): Actor => ({
  kind: "group",
  patronIds: [],
  classIds: [classId],
  isLibrarian: false,
  isStudentLibrarian: false,
});
