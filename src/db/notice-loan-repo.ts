import type { Db } from "./client.ts";

const noticeLoan = {
  id: true,
  patronId: true,
  dueOn: true,
  patron: { select: { name: true, classId: true, role: true, status: true } },
  copy: { select: { title: { select: { title: true } } } },
} as const;

/** An open loan as notices need it. */
export interface NoticeLoan {
  id: number;
  patronId: number;
  dueOn: string;
  patron: { name: string; classId: number | null; role: string; status: string };
  copy: { title: { title: string } };
}

/** Open loans due after `after` up to and including `upTo`. */
export function findOpenLoansDueBetween(
  db: Db,
  after: string,
  upTo: string,
): Promise<NoticeLoan[]> {
  return db.loan.findMany({
    where: { returnedAt: null, dueOn: { gt: after, lte: upTo } },
    select: noticeLoan,
    orderBy: [{ patronId: "asc" }, { dueOn: "asc" }, { id: "asc" }],
  });
}

/** Every open loan (term-end recall). */
export function findAllOpenLoans(db: Db): Promise<NoticeLoan[]> {
  return db.loan.findMany({
    where: { returnedAt: null },
    select: noticeLoan,
    orderBy: [{ patronId: "asc" }, { dueOn: "asc" }, { id: "asc" }],
  });
}

/** Names of classes by id. */
export async function findClassNames(db: Db): Promise<Map<number, string>> {
  const rows = await db.schoolClass.findMany({ select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}
