#!/usr/bin/env node
// `npm run db:drift`: fails when the PostgreSQL migrations do not build the schema that
// prisma/postgresql/schema.prisma describes (a counterpart missing a column, an index, a
// default). Applies the migrations to one scratch schema and `migrate diff --from-empty` of the
// schema file to another, on the server of TEST_DATABASE_URL or DATABASE_URL (default: the local
// one), then compares their columns, indexes and constraints. `prisma migrate diff
// --from-migrations` would do this, but over adapter-pg it cannot read the database back
// (prisma/orm#27403).
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const isPg = (u) => /^postgres(ql)?:/.test(u ?? "");
const server =
  [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL].find(isPg) ??
  "postgresql://postgres@127.0.0.1:5432/postgres";
const dir = join(root, "prisma/postgresql/migrations");
const tag = `${process.pid}`;
const fromMigrations = `drift_migrations_${tag}`;
const fromSchema = `drift_schema_${tag}`;

function schemaScript() {
  const r = spawnSync(
    process.execPath,
    [join(root, "scripts/prisma.js"), "--pg", "migrate", "diff", "--from-empty"].concat([
      "--to-schema-datamodel",
      "prisma/postgresql/schema.prisma",
      "--script",
    ]),
    { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: server } },
  );
  if (r.status !== 0) throw new Error(`prisma migrate diff failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

async function build(client, schema, scripts) {
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.query(`SET search_path TO "${schema}"`);
  for (const sql of scripts) await client.query(sql);
}

/** The schema's shape as sorted lines, with its name taken out. */
async function shape(client, schema) {
  const q = (sql) => client.query(sql, [schema]).then((r) => r.rows.map((x) => x.line));
  const lines = [
    ...(await q(`SELECT concat_ws(' ', 'column', table_name, column_name, data_type,
        is_nullable, column_default) AS line FROM information_schema.columns
        WHERE table_schema = $1 AND table_name <> '_prisma_migrations'`)),
    ...(await q(`SELECT concat_ws(' ', 'index', indexdef) AS line FROM pg_indexes
        WHERE schemaname = $1`)),
    ...(await q(`SELECT concat_ws(' ', 'constraint', c.relname, k.conname,
        pg_get_constraintdef(k.oid)) AS line FROM pg_constraint k
        JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1`)),
  ];
  return lines.map((l) => l.replaceAll(`"${schema}".`, "").replaceAll(`${schema}.`, "")).sort();
}

const names = readdirSync(dir)
  .filter((n) => existsSync(join(dir, n, "migration.sql")))
  .sort();
const migrations = names.map((n) => readFileSync(join(dir, n, "migration.sql"), "utf8"));
const client = new pg.Client({ connectionString: server });
await client.connect();
let drift;
try {
  await build(client, fromMigrations, migrations);
  await build(client, fromSchema, [schemaScript()]);
  const a = await shape(client, fromMigrations);
  const b = await shape(client, fromSchema);
  drift = [
    ...a.filter((l) => !b.includes(l)).map((l) => `only from the migrations: ${l}`),
    ...b.filter((l) => !a.includes(l)).map((l) => `only in schema.prisma: ${l}`),
  ];
} finally {
  await client.query("RESET search_path");
  for (const s of [fromMigrations, fromSchema]) {
    await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  }
  await client.end();
}
if (drift.length > 0) {
  console.error("prisma/postgresql/migrations do not build prisma/postgresql/schema.prisma:");
  console.error(drift.join("\n"));
  console.error('Write the missing migration (README "Contributing": npm run db:migration).');
  process.exit(1);
}
console.log(`PostgreSQL migrations (${names.length}) build prisma/postgresql/schema.prisma`);
