import type { ClientConfig } from "pg";

/** Whether DATABASE_URL names PostgreSQL (`postgresql:` or `postgres:`) rather than a SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/**
 * The `pg` connection settings of a PostgreSQL URL and the schema it names, if any. Like Prisma's
 * own URLs, `?schema=NAME` puts the tables in that schema (raw SQL finds them through the
 * connection's search_path): several schools can share one database, and each test gets its own.
 */
export function pgConnection(url: string): { config: ClientConfig; schema?: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? undefined;
  if (schema === undefined) return { config: { connectionString: url } };
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`DATABASE_URL: schema "${schema}" must be lower-case letters, digits and _`);
  }
  parsed.searchParams.delete("schema");
  const config = { connectionString: parsed.toString(), options: `-c search_path=${schema}` };
  return { config, schema };
}
