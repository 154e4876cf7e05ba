import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./client.ts";

/**
 * Records that an update was taken in. Resolves false when the same (platform, updateId) is
 * already there: a redelivered update, which the caller skips. The unique index decides, so two
 * processes taking the same update in at once still let only one of them handle it.
 */
export async function markUpdateProcessed(
  db: Db,
  platform: string,
  updateId: string,
  at: Date,
): Promise<boolean> {
  try {
    await db.processedUpdate.create({
      data: { platform, updateId, processedAt: at },
      select: { id: true },
    });
    return true;
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return false;
    throw e;
  }
}

/** Deletes rows taken in before `before` (platforms redeliver only recent updates). */
export async function pruneProcessedUpdates(db: Db, before: Date): Promise<number> {
  const { count } = await db.processedUpdate.deleteMany({ where: { processedAt: { lt: before } } });
  return count;
}
