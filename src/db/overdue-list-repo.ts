import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./client.ts";
import { queryRows } from "./direct-sql.ts";

// A teacher's 逾期 reads these on every turn: each is one raw statement with its joins (the
// same reads as model queries cost four statements each and the query compiler's time).

/** One overdue loan: who has it, what it is and when it was due. */
export interface OverdueRow {
  patronId: number;
  name: string;
  dueOn: string;
  barcode: string;
  title: string;
}

type Raw = Omit<OverdueRow, "patronId"> & { patronId: number | bigint };

const overdueLoans = (where: Prisma.Sql, today: string) => Prisma.sql`
  SELECT l."patronId", p."name", l."dueOn", c."barcode", t."title"
  FROM "Loan" l
  JOIN "Patron" p ON p."id" = l."patronId"
  JOIN "Copy" c ON c."id" = l."copyId"
  JOIN "Title" t ON t."id" = c."titleId"
  WHERE l."returnedAt" IS NULL AND l."dueOn" < ${today} AND ${where}
  ORDER BY l."dueOn", l."id"`;

const toRows = (rows: Raw[]): OverdueRow[] =>
  rows.map((r) => ({ ...r, patronId: Number(r.patronId) }));

export async function findClassById(
  db: Db,
  classId: number,
): Promise<{ id: number; name: string } | null> {
  const [row] = await queryRows<{ id: number | bigint; name: string }[]>(
    db,
    Prisma.sql`
    SELECT "id", "name" FROM "SchoolClass" WHERE "id" = ${classId}`,
  );
  return row ? { id: Number(row.id), name: row.name } : null;
}

/** Open loans due before `today` of patrons in a class, oldest due date first. */
export async function findOverdueLoansOfClass(
  db: Db,
  classId: number,
  today: string,
): Promise<OverdueRow[]> {
  return toRows(
    await queryRows<Raw[]>(db, overdueLoans(Prisma.sql`p."classId" = ${classId}`, today)),
  );
}

/** Open loans due before `today` of the given patrons, oldest due date first. */
export async function findOverdueLoansOfPatrons(
  db: Db,
  patronIds: number[],
  today: string,
): Promise<OverdueRow[]> {
  const ids = Prisma.join(patronIds.length ? patronIds : [0]);
  return toRows(
    await queryRows<Raw[]>(db, overdueLoans(Prisma.sql`l."patronId" IN (${ids})`, today)),
  );
}
