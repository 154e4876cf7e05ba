import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import type { Database, Statement } from "better-sqlite3";

/** How many distinct SQL texts keep a prepared statement (model queries vary IN-list lengths). */
const maxStatements = 256;

/** What @prisma/adapter-better-sqlite3 6.19 calls on a statement after `prepare` and `bind`. */
interface BoundStatement {
  readonly reader: boolean;
  run(): unknown;
  columns(): ReturnType<Statement["columns"]>;
  raw(): { all(): unknown[] };
}

/**
 * Makes `db.prepare` reuse one prepared statement per SQL text (the most recent 256). Prisma's
 * better-sqlite3 adapter prepares every statement afresh (`prepare(sql).bind(args)`, then
 * `run()`, or `columns()` and `raw().all()`), so SQLite parsed and planned the same few
 * statements again on every query. better-sqlite3 binds a statement only once, so `prepare`
 * hands out a view whose `bind` keeps the arguments and passes them to each call instead.
 */
export function cacheStatements(db: Database): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Statement>();
  const statement = (sql: string): Statement => {
    const hit = cache.get(sql);
    if (hit) {
      cache.delete(sql);
      cache.set(sql, hit);
      return hit;
    }
    const fresh = prepare(sql);
    cache.set(sql, fresh);
    if (cache.size > maxStatements) cache.delete(cache.keys().next().value as string);
    return fresh;
  };
  const view = (stmt: Statement, args: unknown[]): BoundStatement => ({
    reader: stmt.reader,
    run: () => stmt.run(...args),
    columns: () => stmt.columns(),
    raw: () => ({ all: () => stmt.raw(true).all(...args) }),
  });
  const cached = (sql: string) => {
    const stmt = statement(sql);
    return { ...view(stmt, []), bind: (args: unknown[]) => view(stmt, args) };
  };
  db.prepare = cached as unknown as Database["prepare"];
}

/** Prisma's better-sqlite3 adapter with `cacheStatements` on the connection it opens. */
export class CachingBetterSQLite3 extends PrismaBetterSQLite3 {
  #connected: { adapter: SqlDriverAdapter; client: Database } | undefined;

  override async connect(): Promise<SqlDriverAdapter> {
    const adapter = await super.connect();
    // The adapter keeps its better-sqlite3 connection in `client` (not in its typings).
    const { client } = adapter as unknown as { client?: Database };
    if (!client) throw new Error("@prisma/adapter-better-sqlite3 has no client field any more");
    cacheStatements(client);
    this.#connected = { adapter, client };
    return adapter;
  }

  /** The adapter of the last connection, while it is open (Prisma closes it on $disconnect). */
  openConnection(): SqlDriverAdapter | undefined {
    return this.#connected?.client.open ? this.#connected.adapter : undefined;
  }
}
