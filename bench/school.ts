import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { openLibrary } from "../src/bootstrap.ts";
import { loadConfig } from "../src/config.ts";
import type { Config } from "../src/config.ts";
import { today } from "../src/core/library.ts";
import type { Library } from "../src/core/library.ts";
import { countSchoolRows } from "../src/db/demo-repo.ts";
import { isPostgresUrl } from "../src/db/pg-url.ts";
import { buildDemoSchool } from "../src/demo/build.ts";

/** Where the benchmark databases live (git-ignored). */
export const dataDir = join(import.meta.dirname, ".data");

export interface SchoolSize {
  students: number;
  titles: number;
  pastLoans: number;
}

/** The school of the issue: 2 000 pupils, 30 000 titles, 100 000 past loans. */
export const fullSchool: SchoolSize = { students: 2000, titles: 30_000, pastLoans: 100_000 };

/** What a built database was built with, kept next to it to decide on reuse. */
interface Marker extends SchoolSize {
  builtOn: string;
  /** Hash of every migration's SQL: an edited init migration means a stale schema. */
  schema: string;
  patrons: number;
  titleRows: number;
}

/**
 * The configuration of a bench process: only the database (a SQLite file, or a PostgreSQL
 * URL), no `.env`, no platform tokens.
 */
export function benchConfig(file: string): Config {
  const url = isPostgresUrl(file) ? file : `file:${file}`;
  return loadConfig({ DATABASE_URL: url, LOG_LEVEL: "silent" });
}

const migrationsDir = join(import.meta.dirname, "../prisma/migrations");

/** A fingerprint of the schema the migrations create. */
function schemaHash(): string {
  const hash = createHash("sha256");
  for (const dir of readdirSync(migrationsDir, { withFileTypes: true })) {
    const sql = join(migrationsDir, dir.name, "migration.sql");
    if (dir.isDirectory() && existsSync(sql)) hash.update(dir.name).update(readFileSync(sql));
  }
  return hash.digest("hex").slice(0, 16);
}

function readMarker(file: string): Marker | null {
  try {
    return JSON.parse(readFileSync(`${file}.json`, "utf8")) as Marker;
  } catch {
    return null;
  }
}

async function reusable(lib: Library, size: SchoolSize, marker: Marker): Promise<boolean> {
  if (marker.builtOn !== today(lib)) return false;
  const same = (Object.keys(size) as (keyof SchoolSize)[]).every((k) => marker[k] === size[k]);
  if (!same) return false;
  const rows = await countSchoolRows(lib.db);
  return rows.patrons === marker.patrons && rows.titles === marker.titleRows;
}

/**
 * Makes sure `file` holds the demo school of `size`, built today: reused when its marker and
 * row counts agree (the demo's loans are dated relative to the day it was built), else rebuilt
 * with `reset` — from a new file when the migrations changed since it was built. The database
 * is closed on return (its WAL checkpointed), ready to be copied.
 */
export async function ensureSchool(
  file: string,
  size: SchoolSize = fullSchool,
): Promise<{ built: boolean; ms: number }> {
  const started = performance.now();
  mkdirSync(join(file, ".."), { recursive: true });
  const schema = schemaHash();
  const marker = readMarker(file);
  if (marker?.schema !== schema) removeDb(file);
  const lib = await openLibrary(benchConfig(file));
  try {
    if (marker && (await reusable(lib, size, marker))) return { built: false, ms: 0 };
    const r = await buildDemoSchool(lib, { ...size, seed: 1, reset: true });
    if (!r.ok) throw new Error(`demo school refused: ${r.code}`);
    const rows = await countSchoolRows(lib.db);
    const made: Marker = {
      ...size,
      builtOn: today(lib),
      schema,
      patrons: rows.patrons,
      titleRows: rows.titles,
    };
    writeFileSync(`${file}.json`, JSON.stringify(made, null, 2) + "\n");
    return { built: true, ms: performance.now() - started };
  } finally {
    await lib.db.$disconnect();
  }
}

/** A fresh copy of a closed database, so a case that writes never changes the next run's. */
export function copySchool(from: string, to: string): void {
  removeDb(to);
  copyFileSync(from, to);
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`);
}

function removeDb(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal", ".json"])
    rmSync(file + suffix, { force: true });
}
