import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import type { Database } from "better-sqlite3";
import { cacheStatements } from "./statement-cache.ts";

/**
 * Makes the `BEGIN` of Prisma's interactive transactions a `BEGIN IMMEDIATE`, which takes
 * SQLite's write lock at once and waits (the busy timeout) while another process holds it.
 * A deferred `BEGIN` that reads first fails with SQLITE_BUSY when it comes to write after
 * another process (a CLI import, a second bot) wrote meanwhile, and no wait can save it.
 * In one process Prisma's adapter already runs one transaction at a time.
 *
 * When the lock stays taken past the timeout, it falls back to a deferred `BEGIN`: the adapter
 * never releases its transaction lock if `BEGIN` itself throws (any error), which would hang
 * every later transaction of the process. The fallback transaction fails at its first write,
 * after waiting the busy timeout once more (or at once when it read first), and Prisma rolls it
 * back and releases the lock as usual. Both waits block the thread (better-sqlite3 is
 * synchronous), so a process that holds the write lock for long stalls the bot meanwhile.
 */
export function beginImmediately(db: Database): void {
  const prepare = db.prepare.bind(db);
  const begin = {
    run() {
      try {
        return prepare("BEGIN IMMEDIATE").run();
      } catch (e) {
        if (!String((e as { code?: unknown }).code).startsWith("SQLITE_BUSY")) throw e;
        return prepare("BEGIN").run();
      }
    },
  };
  db.prepare = ((sql: string) => (sql === "BEGIN" ? begin : prepare(sql))) as Database["prepare"];
}

/** An adapter that says how many transactions are open on it or waiting for its lock. */
export interface CountingAdapter extends SqlDriverAdapter {
  transactionsInHand(): number;
}

/**
 * Counts the adapter's transactions from the call that asks for one (before it waits for the
 * adapter's lock) to its commit or rollback, so a lone write can tell that none is open and
 * run as a statement of its own (src/db/direct-sql.ts `executeSql`).
 */
function countTransactions(adapter: SqlDriverAdapter): void {
  let inHand = 0;
  const start = adapter.startTransaction.bind(adapter);
  const counting = adapter as CountingAdapter;
  counting.transactionsInHand = () => inHand;
  counting.startTransaction = async (isolationLevel) => {
    inHand++;
    let tx;
    try {
      tx = await start(isolationLevel);
    } catch (e) {
      inHand--;
      throw e;
    }
    const end = (done: () => Promise<void>) => () => {
      inHand--;
      return done();
    };
    tx.commit = end(tx.commit.bind(tx));
    tx.rollback = end(tx.rollback.bind(tx));
    return tx;
  };
}

/**
 * Prisma's better-sqlite3 adapter, tuned for the bot: prepared statements are reused
 * (`cacheStatements`), transactions take the write lock up front (`beginImmediately`), and
 * the open connection can be reached for raw statements (src/db/direct-sql.ts).
 */
export class SqliteAdapter extends PrismaBetterSQLite3 {
  #connected: { adapter: SqlDriverAdapter; client: Database } | undefined;

  override async connect(): Promise<SqlDriverAdapter> {
    const adapter = await super.connect();
    // The adapter keeps its better-sqlite3 connection in `client` (not in its typings).
    const { client } = adapter as unknown as { client?: Database };
    if (!client) throw new Error("@prisma/adapter-better-sqlite3 has no client field any more");
    cacheStatements(client);
    beginImmediately(client);
    countTransactions(adapter);
    this.#connected = { adapter, client };
    return adapter;
  }

  /** The adapter of the last connection, while it is open (Prisma closes it on $disconnect). */
  openConnection(): SqlDriverAdapter | undefined {
    return this.#connected?.client.open ? this.#connected.adapter : undefined;
  }
}
