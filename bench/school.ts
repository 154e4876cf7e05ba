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

/** The school `factor` times the (4: 8 000 pupils, 120 000 titles, 400 000 loans). */
export function scaledSchool(factor: number): SchoolSize {
  return {
    students: fullSchool.students * factor,
    titles: fullSchool.titles * factor,
    pastLoans: fullSchool.pastLoans * factor,
  };
}

/** The scale the bench also runs at, and the school file of a scale (`school.db` at 1×). */
export const bigScale = 4;
export const schoolFile = (factor: number): string =>
  join(dataDir, factor === 1 ? "school.db" : `school-${factor}x.db`);

/** What a built database was built with, kept next to it to decide on reuse. */
interface Marker extends SchoolSize {
  builtOn: string;
  /** Hash of every migration's SQL: an edited init migration means a stale schema. */
  schema: string;
  patrons: number;
  titleRows: number;
  /** How long the build took (ms) and its CPU time, so a reused school still reports them. */
  buildMs?: number;
  buildCpuMs?: number;
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
 * What ensureSchool did: built now (`ms`), or reused; `buildMs` and `buildCpuMs` are the build's
 * wall and CPU time either way (0 if unknown).
 */
export interface SchoolReady {
  built: boolean;
  ms: number;
  /** The time the build of this database took (now, or when it was built; 0 if unknown). */
  buildMs: number;
  buildCpuMs: number;
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
): Promise<SchoolReady> {
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  mkdirSync(join(file, ".."), { recursive: true });
  const schema = schemaHash();
  const marker = readMarker(file);
  if (marker?.schema !== schema) removeDb(file);
  const lib = await openLibrary(benchConfig(file));
  let made: Marker;
  try {
    if (marker && (await reusable(lib, size, marker)))
      return {
        built: false,
        ms: 0,
        buildMs: marker.buildMs ?? 0,
        buildCpuMs: marker.buildCpuMs ?? 0,
      };
    const r = await buildDemoSchool(lib, { ...size, seed: 1, reset: true });
    if (!r.ok) throw new Error(`demo school refused: ${r.code}`);
    const rows = await countSchoolRows(lib.db);
    made = { ...size, builtOn: today(lib), schema, patrons: rows.patrons, titleRows: rows.titles };
  } finally {
    await lib.db.$disconnect();
  }
  // Timed up to the closed database (its WAL checkpointed), as a copy of it would be.
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpu0);
  const timing = {
    buildMs: Math.round(ms),
    buildCpuMs: Math.round((cpu.user + cpu.system) / 1000),
  };
  writeFileSync(`${file}.json`, JSON.stringify({ ...made, ...timing }, null, 2) + "\n");
  return { built: true, ms, ...timing };
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
