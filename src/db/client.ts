import { PrismaClient } from "../generated/prisma/client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { registerDirectSql } from "./direct-sql.ts";
import { isPostgresUrl } from "./pg-url.ts";
import { SqliteAdapter } from "./sqlite-adapter.ts";

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

/**
 * Opens the database the URL names: PostgreSQL for `postgresql:`/`postgres:` (src/db/pg-client.ts),
 * else the SQLite file through the better-sqlite3 driver adapter (no engine binary, prepared
 * statements reused) in WAL mode, with fresh statistics for the query planner.
 */
export async function openDb(url: string): Promise<Db> {
  // Loaded only for PostgreSQL: a SQLite school never pays for the second client.
  if (isPostgresUrl(url)) return (await import("./pg-client.ts")).openPgDb(url);
  const adapter = new SqliteAdapter({ url, timeout: 10_000 });
  const db = new PrismaClient({
    adapter,
    transactionOptions: { maxWait: 30_000, timeout: 30_000 },
  });
  registerDirectSql(
    db,
    () => adapter.openConnection(),
    (bound) => new PrismaClient({ adapter: bound }),
  );
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  // Table statistics for the query planner (gathered once, refreshed when tables have grown a
  // lot; ~0.25 s for a 100 000-loan school, ~1 ms after). Without them SQLite read a family's
  // loans by scanning every open loan in due order (0.18 ms) instead of by patron (0.01 ms).
  await db.$executeRawUnsafe("PRAGMA optimize = 0x10002");
  return db;
}
