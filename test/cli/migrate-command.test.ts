import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { inject } from "vitest";
import { migrationNames } from "../../src/db/pg-migrate.ts";
import { onPostgres, tempDir } from "../support/db.ts";
import { run } from "./cli-harness.ts";

let saved: string | undefined;
afterEach(() => {
  if (saved === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved;
});

let n = 0;
/** DATABASE_URL of a database of the run's kind that nothing has created yet. */
function emptyDatabase(): string {
  saved = process.env.DATABASE_URL;
  if (!onPostgres()) return `file:${join(tempDir(), "new.db")}`;
  const u = new URL(inject("pgRunUrl"));
  u.searchParams.set("schema", `m_${process.pid}_${++n}`);
  return u.toString();
}

const folder = onPostgres() ? "prisma/postgresql/migrations" : "prisma/migrations";

test("npm run db:status lists what a database lacks, db:deploy applies it, on either database", async () => {
  process.env.DATABASE_URL = emptyDatabase();
  const names = migrationNames(folder);
  const before = await run("migrate", "--status");
  expect(before.code).toBe(1);
  expect(before.out).toContain(`还有 ${names.length} 个待应用`);
  expect(before.out).toContain(names.at(-1));

  const deploy = await run("migrate");
  expect(deploy.code).toBe(0);
  expect(deploy.out).toContain(`已应用 ${names.length} 个迁移`);

  const after = await run("migrate", "--status", "--lang", "en");
  expect(after).toMatchObject({
    code: 0,
    out: `The database is up to date (${names.length} migrations applied).`,
  });
  expect((await run("migrate")).out).toBe("数据库已是最新结构，没有要应用的迁移。");
});
