import { PassThrough } from "node:stream";
import { afterEach, beforeEach } from "vitest";
import { runCli } from "../../src/cli/index.ts";
import type { Db } from "../../src/db/client.ts";
import { freshDb, freshSqliteDb } from "../support/db.ts";
import { csvFile } from "../core/imports/files.ts";

/**
 * Points DATABASE_URL (read by the CLI's loadConfig) at a fresh temp database for each test
 * and restores it after; `db()` is a connection to that database for assertions. The database
 * is of the run's kind (SQLite, or PostgreSQL under `npm run test:pg`) unless `sqlite` asks for
 * a SQLite file (commands about the file itself, like backup).
 */
export function useTempDatabase(opts: { sqlite?: boolean } = {}): { db: () => Db } {
  let db: Db | undefined;
  let saved: string | undefined;
  beforeEach(async () => {
    const fresh = opts.sqlite ? await freshSqliteDb() : await freshDb();
    db = fresh.db;
    saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = fresh.url;
  });
  afterEach(async () => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    await db?.$disconnect();
  });
  return {
    db: () => {
      if (!db) throw new Error("no database outside a test");
      return db;
    },
  };
}

/** Runs the CLI with buffered output. */
export async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    stdin: new PassThrough(),
    isTty: false,
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A roster with two pupils of 3-2, their class teacher and one row with an unknown role. */
export const roster = () =>
  csvFile([
    "借书证号,姓名,身份,班级,班主任班级",
    "S1,张小明,学生,3年2班,",
    "S2,李华,学生,3-2,",
    "T1,赵老师,教师,,3-2",
    "X1,某某,家长,3-2,",
  ]);
