import { afterEach, describe, expect, it, vi } from "vitest";
import { executeSql, queryRows } from "../../src/db/direct-sql.ts";
import { Prisma, PrismaClient } from "../../src/generated/prisma/client.ts";
import { SqliteAdapter } from "../../src/db/sqlite-adapter.ts";
import { freshDb, freshSqliteDb } from "../support/db.ts";

afterEach(() => vi.restoreAllMocks());

async function withDb<T>(f: (db: Awaited<ReturnType<typeof freshDb>>["db"]) => Promise<T>) {
  const { db } = await freshDb();
  try {
    return await f(db);
  } finally {
    await db.$disconnect();
  }
}

/** Every kind of column and argument the repos read and write. */
const everyKind = (at: Date) => Prisma.sql`
  SELECT p."id", p."name", p."isStudentLibrarian", p."classId", p."createdAt",
    (SELECT COUNT(*) FROM "Patron") AS "patrons", NULL AS "nothing", 1.5 AS "real",
    ${"文字"} AS "text", CAST(${7} AS INTEGER) AS "int", ${2.25} AS "float", ${true} AS "yes", ${at} AS "at"
  FROM "Patron" p ORDER BY p."id"`;

describe("queryRows and executeSql on a client from openDb", () => {
  it("return exactly what $queryRaw and $executeRaw return", async () => {
    await withDb(async (db) => {
      const cls = await db.schoolClass.create({ data: { grade: 3, number: 2, name: "3-2" } });
      await db.patron.create({
        data: { cardNumber: "C1", name: "王小明", role: "student", classId: cls.id },
      });
      await db.patron.create({
        data: { cardNumber: "T1", name: "李老师", role: "teacher", isStudentLibrarian: true },
      });
      const at = new Date("2026-12-07T08:30:00.123Z");
      const direct = await queryRows<Record<string, unknown>[]>(db, everyKind(at));
      expect(direct).toEqual(await db.$queryRaw(everyKind(at)));
      expect(direct).toHaveLength(2);
      expect(direct[0]).toMatchObject({ patrons: 2n, isStudentLibrarian: false, nothing: null });
      expect(direct[1]).toMatchObject({ isStudentLibrarian: true, classId: null });
      expect(Number(direct[1]?.["int"])).toBe(7); // a bigint on SQLite, a number on PostgreSQL

      const rename = (name: string) =>
        Prisma.sql`UPDATE "Patron" SET "name" = ${name}, "suspendedAt" = ${at} WHERE "role" = 'student'`;
      expect(await executeSql(db, rename("王小红"))).toBe(1);
      const stored = await db.patron.findUniqueOrThrow({ where: { cardNumber: "C1" } });
      expect(stored).toMatchObject({ name: "王小红", suspendedAt: at });
      expect(await executeSql(db, rename("王小明"))).toBe(await db.$executeRaw(rename("王小明")));
    });
  });

  it("skips Prisma's query engine on the client it was opened with", async () => {
    await withDb(async (db) => {
      const queryRaw = vi.spyOn(db, "$queryRaw");
      const executeRaw = vi.spyOn(db, "$executeRaw");
      const rows = await queryRows<{ n: bigint }[]>(
        db,
        Prisma.sql`SELECT COUNT(*) AS "n" FROM "Title"`,
      );
      await executeSql(db, Prisma.sql`DELETE FROM "Title" WHERE "id" = ${-1}`);
      expect(rows).toEqual([{ n: 0n }]);
      expect(queryRaw).not.toHaveBeenCalled();
      expect(executeRaw).not.toHaveBeenCalled();
    });
  });

  it("keeps a transaction's statements in the transaction", async () => {
    await withDb(async (db) => {
      const insert = (name: string) =>
        Prisma.sql`INSERT INTO "SchoolClass" ("grade", "number", "name") VALUES (1, 1, ${name})`;
      const count = Prisma.sql`SELECT COUNT(*) AS "n" FROM "SchoolClass"`;
      const seen = await db
        .$transaction(async (tx) => {
          await executeSql(tx, insert("1-1"));
          const [r] = await queryRows<{ n: bigint }[]>(tx, count);
          throw Object.assign(new Error("roll back"), { seen: r?.n });
        })
        .catch((e: { seen?: bigint }) => e.seen);
      expect(seen).toBe(1n);
      expect(await queryRows(db, count)).toEqual([{ n: 0n }]);
    });
  });

  it("still answers after $disconnect, through Prisma's reconnect", async () => {
    await withDb(async (db) => {
      await db.$disconnect();
      const q = Prisma.sql`SELECT COUNT(*) AS "n" FROM "Patron"`;
      expect(await queryRows(db, q)).toEqual([{ n: 0n }]);
      expect(await queryRows(db, q)).toEqual([{ n: 0n }]);
    });
  });
});

it("goes through $queryRaw for a client that was not opened by openDb", async () => {
  const { url } = await freshSqliteDb();
  const db = new PrismaClient({ adapter: new SqliteAdapter({ url }) });
  try {
    const queryRaw = vi.spyOn(db, "$queryRaw");
    expect(await queryRows(db, Prisma.sql`SELECT 1 AS "one"`)).toEqual([{ one: 1n }]);
    expect(queryRaw).toHaveBeenCalledTimes(1);
  } finally {
    await db.$disconnect();
  }
});
