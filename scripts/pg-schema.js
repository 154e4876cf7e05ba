#!/usr/bin/env node
// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma, the one source of truth:
// the same models with provider "postgresql" and a client of its own (src/generated/prisma-pg).
// `--check` changes nothing and fails when the PostgreSQL side has drifted: the schema is out
// of date, or a migration folder of one provider has no counterpart in the other.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sqliteSchema = join(root, "prisma/schema.prisma");
export const pgSchemaPath = join(root, "prisma/postgresql/schema.prisma");

const HEADER =
  "// GENERATED from prisma/schema.prisma by scripts/pg-schema.js: edit that file, then run\n" +
  '// `npm run db:generate`. The PostgreSQL provider of the same models (README "Contributing").\n';

/** The PostgreSQL schema for the text of a SQLite schema (throws when its shape is unknown). */
export function toPostgresSchema(text) {
  const swaps = [
    [/provider\s*=\s*"sqlite"/, 'provider = "postgresql"'],
    [/output(\s*)=\s*"\.\.\/src\/generated\/prisma"/, 'output$1= "../../src/generated/prisma-pg"'],
  ];
  let out = text;
  for (const [from, to] of swaps) {
    if (!from.test(out)) throw new Error(`prisma/schema.prisma: expected ${from} in it`);
    out = out.replace(from, to);
  }
  return HEADER + out;
}

function folders(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Migration folders present for one provider only, as "name (sqlite only)" lines. */
export function migrationDrift() {
  const sqlite = folders(join(root, "prisma/migrations"));
  const pg = folders(join(root, "prisma/postgresql/migrations"));
  return [
    ...sqlite.filter((m) => !pg.includes(m)).map((m) => `${m} (sqlite only)`),
    ...pg.filter((m) => !sqlite.includes(m)).map((m) => `${m} (postgresql only)`),
  ];
}

function main() {
  const want = toPostgresSchema(readFileSync(sqliteSchema, "utf8"));
  const have = existsSync(pgSchemaPath) ? readFileSync(pgSchemaPath, "utf8") : "";
  if (!process.argv.includes("--check")) {
    mkdirSync(dirname(pgSchemaPath), { recursive: true });
    if (want !== have) writeFileSync(pgSchemaPath, want);
    return;
  }
  const problems = [];
  if (want !== have) problems.push("prisma/postgresql/schema.prisma is out of date");
  for (const m of migrationDrift()) problems.push(`migration without a counterpart: ${m}`);
  if (problems.length === 0) return;
  console.error(problems.join("\n"));
  console.error('Fix: `npm run db:generate`; for a migration, README "Contributing".');
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
