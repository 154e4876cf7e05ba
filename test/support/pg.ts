import pg from "pg";
import { migrate } from "../../src/db/migrate.ts";
import { isPostgresUrl } from "../../src/db/pg-url.ts";

/**
 * PostgreSQL for the suite: `TEST_DATABASE_URL=postgresql://…` (`npm run test:pg`) runs every
 * test on PostgreSQL. The run gets a database of its own, `shuxiang_test_<pid>`, dropped at the
 * end; each fresh database a test asks for is a schema of its own in it (`?schema=t_<pid>_<n>`),
 * migrated by the same runner as production, so tests never see each other's rows.
 */

/** The server named by TEST_DATABASE_URL, or undefined for a SQLite run. */
export function testServerUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL;
  return url && isPostgresUrl(url) ? url : undefined;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  u.searchParams.delete("schema");
  return u.toString();
}

/** Runs `run` on a connection to `url`, closed after. */
export async function onServer<T>(
  url: string,
  run: (c: pg.Client) => Promise<T>,
  connectTimeoutMs?: number,
): Promise<T> {
  const timeout =
    connectTimeoutMs === undefined ? {} : { connectionTimeoutMillis: connectTimeoutMs };
  const client = new pg.Client({ connectionString: url, ...timeout });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates database `<prefix><pid><suffix>` on the server for this process (first dropping the
 * `<prefix>…` databases of processes that died) and returns its URL and the function that
 * drops it. `fast`: commits skip the wait for the disk (data that need not survive a crash).
 */
export async function createScratchDatabase(
  server: string,
  prefix: string,
  opts: { suffix?: string; fast?: boolean } = {},
) {
  const name = `${prefix}${process.pid}${opts.suffix ?? ""}`;
  await onServer(server, async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`${prefix.replaceAll("_", "\\_")}%`],
    );
    for (const { datname } of rows) {
      const pid = Number(datname.slice(prefix.length).split("_")[0]);
      if (pid === process.pid || !alive(pid)) {
        await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
    }
    await c.query(`CREATE DATABASE "${name}"`);
    if (opts.fast) await c.query(`ALTER DATABASE "${name}" SET synchronous_commit = off`);
  });
  return {
    url: withDatabase(server, name),
    drop: async () => {
      await onServer(server, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** This run's database on the server (`shuxiang_test_<pid>`), with the function that drops it. */
export function createRunDatabase(server: string) {
  return createScratchDatabase(server, "shuxiang_test_", { fast: true });
}

let schemas = 0;

/** A new, migrated schema in the run's database; its URL (`…?schema=t_<pid>_<n>`). */
export async function freshPgSchema(runUrl: string): Promise<string> {
  const u = new URL(runUrl);
  u.searchParams.set("schema", `t_${process.pid}_${++schemas}`);
  const url = u.toString();
  await migrate(url);
  return url;
}
