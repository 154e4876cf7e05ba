import { copyFileSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import { openDb } from "../../src/db/client.ts";
import type { Db } from "../../src/db/client.ts";
import { freshPgSchema } from "./pg.ts";

/** A fresh temp folder inside this test run's folder. */
export function tempDir(): string {
  return mkdtempSync(join(inject("tmpDir"), "t-"));
}

/** Whether this run is on PostgreSQL (`npm run test:pg`) rather than SQLite (`npm test`). */
export function onPostgres(): boolean {
  return inject("pgRunUrl") !== "";
}

/** A fresh, migrated SQLite database on a temp file (a copy of the run's template). */
export async function freshSqliteDb(): Promise<{ db: Db; url: string; file: string }> {
  const file = join(tempDir(), "test.db");
  copyFileSync(inject("templateDb"), file);
  const url = `file:${file}`;
  return { db: await openDb(url), url, file };
}

/**
 * A fresh, migrated database of the run's kind: a SQLite temp file, or on PostgreSQL a schema
 * of its own (test/support/pg.ts). `url` is its DATABASE_URL, for child processes.
 */
export async function freshDb(): Promise<{ db: Db; url: string }> {
  const pgRun = inject("pgRunUrl");
  if (pgRun === "") return freshSqliteDb();
  const url = await freshPgSchema(pgRun);
  return { db: await openDb(url), url };
}
