import { afterAll, expect, test } from "vitest";
import { freshDb } from "../support/db.ts";

const { db } = await freshDb();
afterAll(() => db.$disconnect());

test("a migrated database accepts a class and a patron", async () => {
  const cls = await db.schoolClass.create({ data: { grade: 3, number: 2, name: "3-2" } });
  const p = await db.patron.create({
    data: { cardNumber: "S001", name: "张三", role: "student", classId: cls.id },
  });
  expect(p.status).toBe("active");
});

test("the database runs in WAL mode", async () => {
  const rows = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
  expect(rows[0]?.journal_mode).toBe("wal");
});
