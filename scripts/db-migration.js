#!/usr/bin/env node
// `npm run db:migration NAME [BASE]`: writes the migration of a schema change for both
// providers, prisma/migrations/<timestamp>_NAME and prisma/postgresql/migrations/<same>, by
// diffing prisma/schema.prisma at BASE (a git revision, default HEAD) against the working copy,
// and refreshes prisma/postgresql/schema.prisma. `--at=YYYYMMDDHHMMSS` gives the timestamp
// (default now); `--pg-only` writes only the PostgreSQL side of an existing SQLite migration,
// and `--to=REV` takes the new schema from a git revision instead of the working copy (both for
// the PostgreSQL counterpart of a migration someone wrote for SQLite only).
// `prisma migrate diff` connects to a database even for a diff of two schema files, so the
// PostgreSQL side needs one: PG_DIFF_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { toPostgresSchema } from "./pg-schema.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const flags = process.argv.slice(2).filter((a) => a.startsWith("--"));
const [name, base = "HEAD"] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const at = flags.find((f) => f.startsWith("--at="))?.slice(5) ?? stamp(new Date());
const pgOnly = flags.includes("--pg-only");
const to = flags.find((f) => f.startsWith("--to="))?.slice(5);
const pgUrl = process.env.PG_DIFF_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

function stamp(d) {
  return d.toISOString().replace(/\D/g, "").slice(0, 14);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0) fail(`${cmd} ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function diff(url, from, to) {
  const cli = join(root, "scripts/prisma.js");
  return run(process.execPath, [
    cli,
    `--url=${url}`,
    "migrate",
    "diff",
    ...["--from-schema-datamodel", from, "--to-schema-datamodel", to, "--script"],
  ]);
}

if (!name || !/^[a-z0-9_]+$/.test(name) || !/^\d{14}$/.test(at)) {
  fail("usage: npm run db:migration -- NAME [BASE] [--at=YYYYMMDDHHMMSS] [--pg-only]");
}
const folder = `${at}_${name}`;
const tmp = mkdtempSync(join(tmpdir(), "shuxiang-migration-"));
const files = {
  old: join(tmp, "old.prisma"),
  new: join(tmp, "new.prisma"),
  oldPg: join(tmp, "old-pg.prisma"),
  newPg: join(tmp, "new-pg.prisma"),
};
const oldText = run("git", ["show", `${base}:prisma/schema.prisma`]);
const newText = to
  ? run("git", ["show", `${to}:prisma/schema.prisma`])
  : readFileSync(join(root, "prisma/schema.prisma"), "utf8");
writeFileSync(files.old, oldText);
writeFileSync(files.new, newText);
writeFileSync(files.oldPg, toPostgresSchema(oldText));
writeFileSync(files.newPg, toPostgresSchema(newText));
if (!to) writeFileSync(join(root, "prisma/postgresql/schema.prisma"), toPostgresSchema(newText));
const targets = [
  ...(pgOnly ? [] : [["prisma/migrations", `file:${join(tmp, "diff.db")}`, files.old, files.new]]),
  ["prisma/postgresql/migrations", pgUrl, files.oldPg, files.newPg],
];
for (const [dir, url, fromFile, toFile] of targets) {
  const out = join(root, dir, folder, "migration.sql");
  if (existsSync(out)) fail(`${dir}/${folder} exists already; migrations are never rewritten`);
  const sql = diff(url, fromFile, toFile);
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    fail(`no schema change between ${base} and the working copy`);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, sql);
  console.log(`wrote ${dir}/${folder}/migration.sql`);
}
