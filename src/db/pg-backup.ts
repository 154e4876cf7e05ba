import { spawnSync } from "node:child_process";

/**
 * A PostgreSQL backup is `pg_dump`'s: a consistent snapshot taken while the bot runs, in its
 * custom format (compressed, restored with `pg_restore`). PostgreSQL's own tool, not ours: the
 * server's user, roles and other schools' schemas are its business.
 */

/** The `pg_dump` arguments for a DATABASE_URL (its `?schema=` becomes `--schema`). */
export function pgDumpArgs(url: string, file: string): string[] {
  const u = new URL(url);
  const schema = u.searchParams.get("schema");
  u.searchParams.delete("schema");
  return [
    "--format=custom",
    "--no-owner",
    ...(schema ? [`--schema=${schema}`] : []),
    `--file=${file}`,
    `--dbname=${u.toString()}`,
  ];
}

/** The URL as it may be printed: without its password. */
export function safeUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

/** Whether `pg_dump` can be run here. */
export function hasPgDump(): boolean {
  return spawnSync("pg_dump", ["--version"], { stdio: "ignore" }).status === 0;
}

/** Runs `pg_dump` of `url` into `file`; pg_dump's complaint when it fails. */
export function pgDump(url: string, file: string): { ok: true } | { ok: false; error: string } {
  const r = spawnSync("pg_dump", pgDumpArgs(url, file), { encoding: "utf8" });
  if (r.status === 0) return { ok: true };
  return { ok: false, error: (r.stderr || r.error?.message || "pg_dump failed").trim() };
}
