import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma-pg/client.ts";
import type { Db } from "./client.ts";
import { registerDirectSql } from "./direct-sql.ts";
import { pgConnection } from "./pg-url.ts";

/** Prisma's pg adapter whose open connection pool can be reached for raw statements. */
class PgAdapter extends PrismaPg {
  #connected: Awaited<ReturnType<PrismaPg["connect"]>> | undefined;

  override async connect() {
    this.#connected = await super.connect();
    return this.#connected;
  }

  /** The adapter of the last connection, while its pool is open (Prisma ends it on $disconnect). */
  openConnection(): SqlDriverAdapter | undefined {
    const pool = this.#connected?.underlyingDriver();
    return pool && !pool.ending ? this.#connected : undefined;
  }
}

/**
 * Opens a PostgreSQL database through @prisma/adapter-pg (a pool of `pg` connections, no engine
 * binary) with the client generated from prisma/postgresql/schema.prisma. Both generated clients
 * have the same models and methods, so the rest of the code sees one `Db` type. Transactions run
 * at PostgreSQL's default READ COMMITTED; those that must serialise take row locks. Connects at
 * once, so a server that is down stops start-up here.
 */
export async function openPgDb(url: string): Promise<Db> {
  const { config, schema } = pgConnection(url);
  const adapter = new PgAdapter(config, schema === undefined ? undefined : { schema });
  const db = new PrismaClient({
    adapter,
    transactionOptions: { maxWait: 30_000, timeout: 30_000 },
  }) as unknown as Db;
  registerDirectSql(
    db,
    () => adapter.openConnection(),
    (bound) => new PrismaClient({ adapter: bound }) as unknown as Db,
  );
  await db.$connect();
  return db;
}
