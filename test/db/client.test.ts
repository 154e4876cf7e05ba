import { afterAll, expect, test } from "vitest";
import { openDb } from "../../src/db/client.ts";
import { freshDb, freshSqliteDb } from "../support/db.ts";

const { db } = await freshDb();
afterAll(() => db.$disconnect());

test("a migrated database accepts a class and a patron", async () => {
  const cls = await db.schoolClass.create({ data: { grade: 3, number: 2, name: "3-2" } });
  const p = await db.patron.create({
    data: { cardNumber: "S001", name: "张三", role: "student", classId: cls.id },
  });
  expect(p.status).toBe("active");
});

test("a SQLite database runs in WAL mode", async () => {
  const { db: sqlite } = await freshSqliteDb();
  const rows = await sqlite.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
  expect(rows[0]?.journal_mode).toBe("wal");
  await sqlite.$disconnect();
});

test("opening a SQLite database gathers statistics, so a family's open loans are read by patron", async () => {
  const { db: first, url } = await freshSqliteDb();
  const cls = await first.schoolClass.create({ data: { grade: 2, number: 1, name: "2-1" } });
  const title = await first.title.create({
    data: { title: "西游记", author: "吴承恩", addedOn: "2026-09-01", searchKey: "西游记" },
  });
  for (let i = 0; i < 40; i++) {
    const p = await first.patron.create({
      data: { cardNumber: `P${i}`, name: `读者${i}`, role: "student", classId: cls.id },
    });
    const copy = await first.copy.create({ data: { barcode: `B${i}`, titleId: title.id } });
    await first.loan.create({
      data: { copyId: copy.id, patronId: p.id, dueOn: "2026-12-20", issuedAt: new Date() },
    });
  }
  await first.$disconnect();
  const again = await openDb(url);
  try {
    const plan = await again.$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN SELECT l."id" FROM "Loan" l WHERE l."patronId" IN (1, 2)
       AND l."returnedAt" IS NULL ORDER BY l."dueOn", l."id"`,
    );
    expect(plan.map((r) => r.detail).join("\n")).toContain("Loan_patronId_returnedAt_idx");
  } finally {
    await again.$disconnect();
  }
});
