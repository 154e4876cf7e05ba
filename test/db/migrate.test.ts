import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { migrate } from "../../src/db/migrate.ts";
import { migrationNames } from "../../src/db/pg-migrate.ts";
import { isPostgresUrl } from "../../src/db/pg-url.ts";
import { freshDb } from "../support/db.ts";

const { db, url } = await freshDb();
afterAll(() => db.$disconnect());

/** The migration folder of the run's provider (SQLite's, or PostgreSQL's generated one). */
const folder = isPostgresUrl(url) ? "prisma/postgresql/migrations" : "prisma/migrations";

interface Recorded {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
  applied_steps_count: number | bigint;
}

test("every migration of the database's provider is recorded as Prisma records it", async () => {
  const rows = await db.$queryRawUnsafe<Recorded[]>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count
     FROM "_prisma_migrations" ORDER BY migration_name`,
  );
  const names = migrationNames(folder);
  expect(names.length).toBeGreaterThan(0);
  expect(rows.map((r) => r.migration_name)).toEqual(names);
  for (const r of rows) {
    const sql = readFileSync(join(folder, r.migration_name, "migration.sql"));
    expect(r.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
    expect(r.finished_at).not.toBeNull();
    expect(r.rolled_back_at).toBeNull();
    expect(Number(r.applied_steps_count)).toBe(1);
  }
});

test("migrating an up-to-date database applies nothing and keeps its rows", async () => {
  await db.schoolClass.create({ data: { grade: 1, number: 1, name: "1-1" } });
  expect(await migrate(url)).toEqual({ applied: [] });
  expect(await db.schoolClass.count()).toBe(1);
});
