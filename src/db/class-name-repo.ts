import type { Db } from "./client.ts";

/** Names of these classes ("3-2"), in grade and number order. */
export async function findClassNames(db: Db, ids: readonly number[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.schoolClass.findMany({
    where: { id: { in: [...ids] } },
    select: { name: true },
    orderBy: [{ grade: "asc" }, { number: "asc" }],
  });
  return rows.map((r) => r.name);
}
