import pg from "pg";
import { openLibrary } from "../src/bootstrap.ts";
import { buildDemoSchool } from "../src/demo/build.ts";
import type { CaseResult } from "./case-result.ts";
import { benchConfig } from "./school.ts";
import type { SchoolSize } from "./school.ts";

/** The PostgreSQL server the bench uses when it can reach one (BENCH_PG_URL, else the local one). */
export const pgServerUrl =
  process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** The suffix of a case measured on PostgreSQL; the same name without it ran on SQLite. */
export const onPg = " (PostgreSQL)";

async function onServer<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: pgServerUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Why the PostgreSQL cases cannot run here, or null when the server answers. */
export async function pgUnreachable(): Promise<string | null> {
  try {
    await onServer((c) => c.query("SELECT 1"));
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
export async function freshPgDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `shuxiang_bench_${process.pid}_${++made}`;
  await onServer(async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'shuxiang\\_bench\\_%'`,
    );
    for (const { datname } of rows) {
      const pid = Number(datname.split("_")[2]);
      if (pid === process.pid || !alive(pid)) {
        await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
    }
    await c.query(`CREATE DATABASE "${name}"`);
  });
  const url = new URL(pgServerUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(),
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
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
