import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import type {
  ArgType,
  ColumnType,
  SqlDriverAdapter,
  SqlQuery,
  SqlQueryable,
  SqlResultSet,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { Prisma } from "../generated/prisma/client.ts";
import { BoundClient } from "./bound-client.ts";
import type { ClientOver } from "./bound-client.ts";
import type { Db, Tx } from "./client.ts";

/**
 * Raw statements straight to the client's driver adapter, skipping Prisma's query compiler.
 *
 * Measured here: `db.$queryRaw` of a one-row SELECT costs ~130 µs of CPU, of which SQLite's own
 * work is ~15 µs; the same statement through the adapter costs ~25 µs. A dialog turn runs about
 * six raw statements, so this path is most of the difference between 400 and 500 turns a second.
 *
 * The adapter interface is the one every Prisma driver adapter implements (better-sqlite3 here,
 * @prisma/adapter-pg for a district), so SQL stays portable: placeholders follow the adapter's
 * provider. Rows come back as `$queryRaw` returns them. A client without a registered
 * connection, or a transaction client (`Tx`), goes through `$queryRaw`/`$executeRaw`, so a
 * statement inside a transaction stays in it.
 */

/** A connected adapter of a client, or undefined while it is closed (Prisma reconnects). */
export type OpenConnection = () => SqlQueryable | undefined;

const connections = new WeakMap<Db | Tx, OpenConnection>();
// (A raw transaction's client maps to its open transaction, which is a SqlQueryable too.)

/** How a client's raw transactions get a client of their own (`rawTransaction`). */
interface Binding {
  over: ClientOver;
  /** Clients not lent to a transaction now (SQLite runs one at a time; PostgreSQL a few). */
  free: BoundClient[];
}

const bindings = new WeakMap<Db, Binding>();

/**
 * Lets `queryRows`/`executeSql` on `db` use its adapter directly and `rawTransaction` bind
 * clients made by `over` (a client of the same generated kind as `db`) to its transactions
 * (called by openDb).
 */
export function registerDirectSql(db: Db, connection: OpenConnection, over?: ClientOver): void {
  connections.set(db, connection);
  if (over) bindings.set(db, { over, free: [] });
}

/** The rows of a raw SELECT (typed like `$queryRaw<T>`), as `db.$queryRaw(query)` returns them. */
export async function queryRows<T extends unknown[]>(db: Db | Tx, query: Prisma.Sql): Promise<T> {
  const conn = connections.get(db)?.();
  if (!conn) return db.$queryRaw<T>(query);
  return toObjects(await conn.queryRaw(toSqlQuery(conn, query))) as T;
}

/**
 * Runs a raw write; the number of rows it changed, as `db.$executeRaw(query)` returns it.
 *
 * On SQLite the bot has one connection, so a write sent on it while another part of the
 * process has a transaction open would land inside that transaction and vanish with its
 * rollback (verified: a message taken in during a failing renewal was lost). Such a write
 * therefore waits for the adapter's transaction lock and runs in a transaction of its own.
 * When no transaction is open or waiting it runs at once as a statement of its own (it runs
 * synchronously, so none can open in between): one statement instead of three.
 */
export async function executeSql(db: Db | Tx, query: Prisma.Sql): Promise<number> {
  const conn = connections.get(db)?.();
  if (!conn) return db.$executeRaw(query);
  const sql = toSqlQuery(conn, query);
  if (conn.provider !== "sqlite" || !isAdapter(conn)) return conn.executeRaw(sql);
  if (noTransactionInHand(conn)) return conn.executeRaw(sql);
  return inTransaction(conn, (tx) => tx.executeRaw(sql));
}

/**
 * Runs a raw write that returns rows (`UPDATE … RETURNING`), kept out of any transaction
 * another part of the process has open, as `executeSql` keeps its writes.
 */
export async function writeRows<T extends unknown[]>(db: Db | Tx, query: Prisma.Sql): Promise<T> {
  const conn = connections.get(db)?.();
  if (!conn) return db.$queryRaw<T>(query);
  const sql = toSqlQuery(conn, query);
  const alone = conn.provider !== "sqlite" || !isAdapter(conn) || noTransactionInHand(conn);
  const rows = alone
    ? await conn.queryRaw(sql)
    : await inTransaction(conn, (tx) => tx.queryRaw(sql));
  return toObjects(rows) as T;
}

/** True when the adapter counts its transactions (src/db/sqlite-adapter.ts) and has none. */
function noTransactionInHand(conn: SqlDriverAdapter): boolean {
  const counting = conn as Partial<{ transactionsInHand: () => number }>;
  return counting.transactionsInHand?.() === 0;
}

/**
 * Runs `work` in one transaction straight on the driver adapter, skipping Prisma's
 * interactive-transaction machinery. The client `work` gets runs every statement in the
 * transaction: raw ones (`queryRows`, `executeSql`) straight on the adapter (~25 µs a
 * statement instead of ~130), model queries through Prisma's query compiler as usual. Without
 * a registered connection it is a Prisma interactive transaction.
 */
export async function rawTransaction<R>(db: Db, work: (tx: Tx) => Promise<R>): Promise<R> {
  const conn = connections.get(db)?.();
  const binding = bindings.get(db);
  if (!conn || !isAdapter(conn) || !binding) return db.$transaction(work);
  return inTransaction(conn, async (tx) => {
    const bound = binding.free.pop() ?? bind(conn, binding);
    bound.lend(tx);
    try {
      return await work(bound.client);
    } finally {
      bound.lend(undefined);
      binding.free.push(bound);
    }
  });
}

function bind(conn: SqlDriverAdapter, binding: Binding): BoundClient {
  const bound = new BoundClient(conn, binding.over);
  connections.set(bound.client, () => bound.target);
  return bound;
}

function isAdapter(conn: SqlQueryable): conn is SqlDriverAdapter {
  return typeof (conn as Partial<SqlDriverAdapter>).startTransaction === "function";
}

const control = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

/** BEGIN (the adapter's, under its lock), `work`, then COMMIT, or ROLLBACK if it throws. */
async function inTransaction<R>(
  conn: SqlDriverAdapter,
  work: (tx: Transaction) => Promise<R>,
): Promise<R> {
  const tx = await conn.startTransaction();
  try {
    const result = await work(tx);
    await tx.executeRaw(control("COMMIT"));
    await tx.commit();
    return result;
  } catch (e) {
    await tx.executeRaw(control("ROLLBACK")).catch(() => undefined);
    await tx.rollback();
    throw e;
  }
}

function toSqlQuery(conn: SqlQueryable, query: Prisma.Sql): SqlQuery {
  const args = query.values;
  return {
    // Prisma.Sql renders `?` placeholders as `sql` and PostgreSQL's `$1` as `text`.
    sql: conn.provider === "postgres" ? query.text : query.sql,
    args,
    argTypes: args.map(argType),
  };
}

function argType(value: unknown): ArgType {
  return { scalarType: scalarTypeOf(value), arity: "scalar" };
}

function scalarTypeOf(value: unknown): ArgType["scalarType"] {
  switch (typeof value) {
    case "string":
      return "string";
    case "number":
      return Number.isInteger(value) ? "int" : "float";
    case "bigint":
      return "bigint";
    case "boolean":
      return "boolean";
    default:
      return value instanceof Date ? "datetime" : "unknown";
  }
}

function toObjects(result: SqlResultSet): Record<string, unknown>[] {
  const { columnNames, columnTypes, rows } = result;
  return rows.map((row) => {
    const o: Record<string, unknown> = {};
    for (let i = 0; i < columnNames.length; i++) {
      o[columnNames[i] as string] = fromColumn(columnTypes[i], row[i]);
    }
    return o;
  });
}

/** A driver value as Prisma's raw queries return it (adapters send 64-bit integers as text). */
function fromColumn(type: ColumnType | undefined, v: unknown): unknown {
  if (v === null) return null;
  switch (type) {
    case ColumnTypeEnum.Int32:
    case ColumnTypeEnum.Float:
    case ColumnTypeEnum.Double:
      return Number(v);
    case ColumnTypeEnum.Int64:
      return BigInt(v as string | number | bigint);
    case ColumnTypeEnum.Numeric:
      return new Prisma.Decimal(v as string);
    case ColumnTypeEnum.Boolean:
      return v === true || v === 1 || v === "1" || v === "true";
    case ColumnTypeEnum.DateTime:
    case ColumnTypeEnum.Date:
      return new Date(v as string);
    default:
      return v;
  }
}
