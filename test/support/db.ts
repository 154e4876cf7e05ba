import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import { openDb } from "../../src/db/client.ts";
import type { Db } from "../../src/db/client.ts";
import { freshPgSchema } from "./pg.ts";

const urls = new WeakMap<Db, string>();

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
  const db = await openDb(url);
  urls.set(db, url);
  return { db, url, file };
}

/**
 * A fresh, migrated database of the run's kind: a SQLite temp file, or on PostgreSQL a schema
 * of its own (test/support/pg.ts). `url` is its DATABASE_URL, for child processes.
 */
export async function freshDb(): Promise<{ db: Db; url: string }> {
  const pgRun = inject("pgRunUrl");
  if (pgRun === "") return freshSqliteDb();
  const url = await freshPgSchema(pgRun);
  const db = await openDb(url);
  urls.set(db, url);
  return { db, url };
}

/** The DATABASE_URL of a database from freshDb, so a test can open a second client on it. */
export function urlOf(db: Db): string {
  const url = urls.get(db);
  if (url === undefined) throw new Error("not a database from freshDb");
  return url;
}

/**
 * Everything the database stores, as bytes to search: the SQLite file with its WAL, or on
 * PostgreSQL every row of every table of its schema. For tests that check what is kept at rest.
 */
export async function storedBytes(db: Db): Promise<Buffer> {
  const url = urlOf(db);
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length);
    return Buffer.concat([file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f)));
  }
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema()`,
  );
  const rows: string[] = [];
  for (const { name } of tables) {
    const r = await db.$queryRawUnsafe<{ row: string }[]>(
      `SELECT row_to_json(t)::text AS "row" FROM "${name}" t`,
    );
    rows.push(...r.map((x) => x.row));
  }
  return Buffer.from(rows.join("\n"), "utf8");
}
