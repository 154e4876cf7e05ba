import { openLibrary } from "../src/bootstrap.ts";
import { buildDemoSchool } from "../src/demo/build.ts";
import { createScratchDatabase, onServer } from "../test/support/pg.ts";
import type { CaseResult } from "./case-result.ts";
import { benchConfig } from "./school.ts";
import type { SchoolSize } from "./school.ts";

/** The PostgreSQL server the bench uses when it can reach one (BENCH_PG_URL, else the local one). */
export const pgServerUrl =
  process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** The suffix of a case measured on PostgreSQL; the same name without it ran on SQLite. */
export const onPg = " (PostgreSQL)";

/** Why the PostgreSQL cases cannot run here, or null when the server answers. */
export async function pgUnreachable(): Promise<string | null> {
  try {
    await onServer(pgServerUrl, (c) => c.query("SELECT 1"), 3_000);
    return null;
  } catch (e) {
    return `no PostgreSQL at ${new URL(pgServerUrl).host}: ${(e as Error).message}`;
  }
}

let made = 0;

/**
 * A fresh database of its own on the server for one case (`shuxiang_bench_<pid>_<n>`, left-overs
 * of bench runs that died are dropped first), with the function that drops it after.
 */
export function freshPgDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  return createScratchDatabase(pgServerUrl, "shuxiang_bench_", { suffix: `_${++made}` });
}

/** Builds the demo school of `size` in the (fresh, migrated on open) database at `url`. */
export async function buildPgSchool(url: string, size: SchoolSize): Promise<void> {
  const lib = await openLibrary(benchConfig(url));
  try {
    const r = await buildDemoSchool(lib, { ...size, seed: 1, reset: true });
    if (!r.ok) throw new Error(`demo school refused: ${r.code}`);
  } finally {
    await lib.db.$disconnect();
  }
}

/** A case's PostgreSQL twin: its name marked, its details saying which database. */
export function asPgCase(c: CaseResult): CaseResult {
  return { ...c, name: c.name + onPg, database: "PostgreSQL" };
}

/** What the report shows for a PostgreSQL case that could not run here, and why. */
export function pgNotRun(name: string, target: string, reason: string): CaseResult {
  return {
    name: name + onPg,
    target,
    met: false,
    notRun: reason,
    database: "PostgreSQL",
    p50Ms: Number.NaN,
    p99Ms: Number.NaN,
    peakRssMiB: Number.NaN,
    runs: 0,
    samples: 0,
  };
}
