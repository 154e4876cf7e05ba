import { PrismaClient } from "../generated/prisma/client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { CachingBetterSQLite3 } from "./statement-cache.ts";

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

/**
 * Opens the database through the better-sqlite3 driver adapter (no engine binary, prepared
 * statements reused) in WAL mode.
 */
export async function openDb(url: string): Promise<Db> {
  const adapter = new CachingBetterSQLite3({ url, timeout: 10_000 });
  const db = new PrismaClient({
    adapter,
    transactionOptions: { maxWait: 30_000, timeout: 30_000 },
  });
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  return db;
}
