import type { Database, Statement } from "better-sqlite3";

/** How many distinct SQL texts keep a prepared statement (model queries vary IN-list lengths). */
const maxStatements = 256;

const noArgs: unknown[] = [];

/** A select list with `*` or `alias.*` in it. */
const selectsAll = /(?:select|,)\s*(?:[\w"`]+\.)?\*/i;

/**
 * One SQL text's prepared statement, handed out by `prepare` as the statement the adapter binds
 * and runs. `bind` keeps the arguments on the entry itself: @prisma/adapter-better-sqlite3 6.19
 * binds and runs synchronously (`prepare(sql).bind(args)`, then `run()`, or `columns()` and
 * `raw().all()`), so no other query can bind the entry in between, and no call allocates.
 */
class CachedStatement {
  readonly reader: boolean;
  /** The cache's clock at the last `prepare` of this SQL: the least recent is dropped first. */
  lastUse = 0;
  private args: unknown[] = noArgs;
  /**
   * The result columns, read once: better-sqlite3 builds new objects on every `columns()`.
   * Not kept for `SELECT *` (or `t.*`), whose columns change with the table.
   */
  private cols: ReturnType<Statement["columns"]> | undefined;
  private readonly fixedColumns: boolean;

  constructor(private readonly stmt: Statement) {
    this.fixedColumns = !selectsAll.test(stmt.source);
    this.reader = stmt.reader;
    if (stmt.reader) stmt.raw(true);
  }

  bind(args: unknown[]): this {
    this.args = args;
    return this;
  }

  run(): unknown {
    const args = this.release();
    return this.stmt.run(...args);
  }

  columns(): ReturnType<Statement["columns"]> {
    if (!this.fixedColumns) return this.stmt.columns();
    return (this.cols ??= this.stmt.columns());
  }

  raw(): this {
    return this;
  }

  all(): unknown[] {
    const args = this.release();
    return this.stmt.all(...args);
  }

  /** The bound arguments, no longer kept (an import's batch of thousands is not held on). */
  private release(): unknown[] {
    const args = this.args;
    this.args = noArgs;
    return args;
  }
}

/** The least recently used entry; scanned only when a new SQL text finds the cache full. */
function leastRecent(cache: Map<string, CachedStatement>): string | undefined {
  let oldest: string | undefined;
  let at = Infinity;
  for (const [sql, entry] of cache) {
    if (entry.lastUse < at) [oldest, at] = [sql, entry.lastUse];
  }
  return oldest;
}

/**
 * Makes `db.prepare` reuse one prepared statement per SQL text (the most recent 256). Prisma's
 * better-sqlite3 adapter prepares every statement afresh, so SQLite parsed and planned the same
 * few statements again on every query. better-sqlite3 binds a statement only once, so the cached
 * entry keeps the arguments `bind` gives it and passes them to each call instead. A hit costs a
 * Map lookup and a counter: no delete/set, no closures (bench/statement-cache-micro.ts).
 */
export function cacheStatements(db: Database): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, CachedStatement>();
  let clock = 0;
  const cached = (sql: string): CachedStatement => {
    let entry = cache.get(sql);
    if (!entry) {
      if (cache.size >= maxStatements) cache.delete(leastRecent(cache) as string);
      entry = new CachedStatement(prepare(sql));
      cache.set(sql, entry);
    }
    entry.lastUse = ++clock;
    return entry;
  };
  db.prepare = cached as unknown as Database["prepare"];
}
