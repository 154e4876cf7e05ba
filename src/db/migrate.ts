import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { migrationNames, migratePostgres, postgresStatus } from "./pg-migrate.ts";
import { isPostgresUrl } from "./pg-url.ts";

/**
 * The project folder: the nearest folder above this module holding prisma/migrations. The
 * module runs from src/db (through tsx) or from a compiled bundle (dist/, a test's build).
 */
function projectRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "prisma/migrations"))) return dir;
    if (dirname(dir) === dir) throw new Error("prisma/migrations not found above " + dir);
  }
}

const root = projectRoot();
const migrationsDir = join(root, "prisma/migrations");

/** The SQLite file a `file:` URL points at, relative to the working directory. */
export function sqlitePath(url: string): string {
  return resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

function pendingMigrations(file: string): string[] {
  const all = migrationNames(migrationsDir);
  if (!existsSync(file)) return all;
  const db = new Database(file, { readonly: true });
  try {
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type='table' AND name='_prisma_migrations'")
      .get();
    if (!table) return all;
    const done = new Set(
      db
        .prepare(
          "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
        )
        .all()
        .map((r) => (r as { name: string }).name),
    );
    return all.filter((m) => !done.has(m));
  } finally {
    db.close();
  }
}

/**
 * Applies pending migrations: on SQLite with `prisma migrate deploy` (the js schema engine, no
 * binary), checking the migration table first so a start-up with nothing pending costs a few
 * milliseconds; on PostgreSQL with our own runner (src/db/pg-migrate.ts).
 */
export async function migrate(url: string): Promise<{ applied: string[] }> {
  if (isPostgresUrl(url)) {
    return { applied: await migratePostgres(url, join(root, "prisma/postgresql/migrations")) };
  }
  return migrateSqlite(url);
}

/** The migrations the database at `url` has applied and those it still lacks, oldest first. */
export async function migrationStatus(
  url: string,
): Promise<{ applied: string[]; pending: string[] }> {
  if (isPostgresUrl(url)) return postgresStatus(url, join(root, "prisma/postgresql/migrations"));
  const pending = pendingMigrations(sqlitePath(url));
  const applied = migrationNames(migrationsDir).filter((m) => !pending.includes(m));
  return { applied, pending };
}

function migrateSqlite(url: string): { applied: string[] } {
  const file = sqlitePath(url);
  mkdirSync(dirname(file), { recursive: true });
  const pending = pendingMigrations(file);
  if (pending.length === 0) return { applied: [] };
  const result = spawnSync(
    process.execPath,
    [join(root, "scripts/prisma.js"), `--url=file:${file}`, "migrate", "deploy"],
    { cwd: root, encoding: "utf8" },
  );
  if (result.status !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  }
  return { applied: pending };
}
