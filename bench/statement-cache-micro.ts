import Database from "better-sqlite3";
import { cacheStatements } from "../src/db/statement-cache.ts";

/**
 * Micro-bench of src/db/statement-cache.ts: the call pattern of @prisma/adapter-better-sqlite3
 * (`prepare(sql).bind(args)`, then `run()` or `columns()` + `raw().all()`) over an in-memory
 * database, a few statements in turn. Prints CPU ns per call (CPU time: the machine may be shared) and heap bytes allocated per call
 * (young-generation garbage, measured with GC off between two forced collections).
 * `node --expose-gc --import tsx bench/statement-cache-micro.ts`
 */
const db = new Database(":memory:");
db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
db.exec("INSERT INTO t (v) VALUES ('a'), ('b'), ('c')");
cacheStatements(db);

const reads = [
  'SELECT "id", "v" FROM t WHERE "id" = ?',
  'SELECT COUNT(*) AS n FROM t WHERE "v" = ?',
];
const write = 'UPDATE t SET "v" = ? WHERE "id" = ?';

/** One adapter call without SQLite's own work dominating: a one-row read or an update. */
function call(i: number): void {
  if (i % 4 === 3) {
    db.prepare(write).bind(["x", 1]).run();
    return;
  }
  const stmt = db.prepare(reads[i & 1] as string).bind([i & 1 ? "a" : 1]) as unknown as {
    reader: boolean;
    columns(): unknown[];
    raw(): { all(): unknown[] };
  };
  if (stmt.reader) {
    stmt.columns();
    stmt.raw().all();
  }
}

/** Calls of the cache alone: prepare + bind, no statement run (what the cache itself costs). */
function cacheOnly(i: number): void {
  db.prepare(reads[i & 1] as string).bind([1]);
}

const gc = (globalThis as { gc?: () => void }).gc;

function measure(label: string, fn: (i: number) => void, n: number): void {
  for (let i = 0; i < n; i++) fn(i);
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < n; i++) fn(i);
  const cpu = process.cpuUsage(cpu0);
  const ns = ((cpu.user + cpu.system) * 1000) / n;
  const bytes = (process.memoryUsage().heapUsed - heap0) / n;
  process.stdout.write(
    `${label}: ${ns.toFixed(0)} ns/call, ~${bytes.toFixed(0)} heap bytes/call\n`,
  );
}

for (let round = 0; round < 3; round++) {
  measure("adapter pattern (prepare, bind, run/read)", call, 50_000);
  measure("cache only (prepare + bind)", cacheOnly, 50_000);
}
