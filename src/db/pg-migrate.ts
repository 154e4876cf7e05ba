import { createHash, randomUUID } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { pgConnection } from "./pg-url.ts";

/**
 * Applies pending PostgreSQL migrations (prisma/postgresql/migrations). `prisma migrate deploy`
 * cannot: over @prisma/adapter-pg it fails reading the migration table ("Column type 'name'
 * could not be deserialized", prisma/orm#27403). This runner does what deploy does, so a later
 * `prisma migrate status` with the native engine agrees: each migration runs in a transaction
 * of its own and is recorded in `_prisma_migrations` (id, checksum = sha256 of the file,
 * migration_name, started_at, finished_at, applied_steps_count = 1).
 *
 * Processes starting together take turns through the advisory lock Prisma itself uses, so a
 * migration runs once. A migration that fails rolls back whole and stops start-up.
 */

/** Prisma's migration advisory lock key (the one `migrate deploy` takes). */
const LOCK_KEY = 72707369;

const TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** The migration folders under `dir`, oldest first. */
export function migrationNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

async function applied(client: pg.Client): Promise<Set<string>> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  return new Set(rows.map((r) => r.name));
}

async function applyOne(client: pg.Client, dir: string, name: string): Promise<void> {
  const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
  const checksum = createHash("sha256").update(sql).digest("hex");
  await client.query("BEGIN");
  try {
    const started = new Date();
    await client.query(sql);
    await client.query(
      `INSERT INTO "_prisma_migrations"
        (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, $4, now(), 1)`,
      [randomUUID(), checksum, name, started],
    );
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw new Error(`PostgreSQL migration ${name} failed: ${(e as Error).message}`, { cause: e });
  }
}

/** Applies the migrations of `dir` that `url`'s database lacks; their names, oldest first. */
export async function migratePostgres(url: string, dir: string): Promise<string[]> {
  const { config, schema } = pgConnection(url);
  const client = new pg.Client(config);
  await client.connect();
  try {
    if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(TABLE);
    const done = await applied(client);
    const pending = migrationNames(dir).filter((m) => !done.has(m));
    for (const name of pending) await applyOne(client, dir, name);
    return pending;
  } finally {
    await client.end();
  }
}

/** The migrations of `dir` that `url`'s database has applied, and those it lacks. */
export async function postgresStatus(
  url: string,
  dir: string,
): Promise<{ applied: string[]; pending: string[] }> {
  const { config } = pgConnection(url);
  const client = new pg.Client(config);
  await client.connect();
  try {
    const exists = await client.query(`SELECT to_regclass('"_prisma_migrations"') AS t`);
    const done = exists.rows[0]?.t ? await applied(client) : new Set<string>();
    const names = migrationNames(dir);
    return {
      applied: names.filter((m) => done.has(m)),
      pending: names.filter((m) => !done.has(m)),
    };
  } finally {
    await client.end();
  }
}
