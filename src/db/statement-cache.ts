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
