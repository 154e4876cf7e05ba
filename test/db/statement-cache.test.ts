import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cacheStatements } from "../../src/db/statement-cache.ts";
import { freshSqliteDb } from "../support/db.ts";

/** The shape the Prisma adapter sees after `prepare` (see src/db/statement-cache.ts). */
interface AdapterView {
  reader: boolean;
  run(): { changes: number };
  bind(args: unknown[]): { reader: boolean; run(): unknown; raw(): { all(): unknown[][] } };
}

function memoryDb() {
  const db = new Database(":memory:");
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
  db.exec("INSERT INTO t (id, name) VALUES (1, 'a'), (2, 'b'), (3, 'c')");
  const prepare = vi.spyOn(db, "prepare");
  cacheStatements(db);
  const view = (sql: string) => db.prepare(sql) as unknown as AdapterView;
  return { db, prepare, view };
}

afterEach(() => vi.restoreAllMocks());

describe("cacheStatements", () => {
  it("prepares a SQL text once and runs it with each call's own arguments", () => {
    const { prepare, view } = memoryDb();
    const sql = "SELECT name FROM t WHERE id = ?";
    expect(view(sql).bind([1]).raw().all()).toEqual([["a"]]);
    expect(view(sql).bind([3]).raw().all()).toEqual([["c"]]);
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it("hands out one object per SQL text: a call allocates no view (the adapter binds and runs at once)", () => {
    const { view } = memoryDb();
    const sql = "SELECT name FROM t WHERE id = ?";
    const first = view(sql);
    expect(first.bind([1])).toBe(first);
    expect(view(sql)).toBe(first);
    expect(view(sql).bind([2]).raw().all()).toEqual([["b"]]);
  });

  it("runs writes and statements without arguments", () => {
    const { db, view } = memoryDb();
    expect(view("BEGIN").run().changes).toBe(0);
    view("UPDATE t SET name = ? WHERE id = ?").bind(["z", 2]).run();
    view("COMMIT").run();
    expect(db.prepare("SELECT name FROM t WHERE id = 2").bind([]).raw().all()).toEqual([["z"]]);
  });

  it("forgets the least recently used statement past 256 texts", () => {
    const { prepare, view } = memoryDb();
    const text = (i: number) => `SELECT ${i} AS n`;
    view(text(0));
    for (let i = 1; i <= 256; i++) view(text(i));
    prepare.mockClear();
    view(text(256));
    expect(prepare).not.toHaveBeenCalled();
    view(text(0));
    expect(prepare).toHaveBeenCalledTimes(1);
  });
});

it("Prisma's queries through openDb reuse prepared statements and keep their arguments", async () => {
  const prepare = vi.spyOn(Database.prototype, "prepare");
  const { db } = await freshSqliteDb();
  try {
    const cls = await db.schoolClass.create({ data: { grade: 3, number: 2, name: "3-2" } });
    const other = await db.schoolClass.create({ data: { grade: 4, number: 1, name: "4-1" } });
    const nameOf = async (id: number) =>
      (
        await db.$queryRaw<{ name: string }[]>`SELECT "name" FROM "SchoolClass" WHERE "id" = ${id}`
      )[0]?.name;
    expect(await nameOf(cls.id)).toBe("3-2");
    const before = prepare.mock.calls.length;
    expect(await nameOf(other.id)).toBe("4-1");
    expect(await nameOf(cls.id)).toBe("3-2");
    expect(prepare.mock.calls.length).toBe(before);
  } finally {
    await db.$disconnect();
  }
});
