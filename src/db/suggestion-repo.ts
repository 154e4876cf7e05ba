import type { Db, Tx } from "./client.ts";

export function createSuggestion(
  tx: Tx,
  s: { memberId: number; kind: string; text: string; createdAt: Date },
): Promise<{ id: number }> {
  return tx.suggestion.create({ data: s, select: { id: true } });
}

/** The newest suggestions first (ties by id), at most `limit`. */
export function findNewestSuggestions(db: Db, limit: number) {
  return db.suggestion.findMany({
    select: { id: true, kind: true, text: true, status: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}
