import type { Db } from "./client.ts";

/** The class with this canonical name ("3-1"), if the school has it. */
export function findClassByName(db: Db, name: string): Promise<{ id: number } | null> {
  return db.schoolClass.findFirst({ where: { name }, select: { id: true } });
}
