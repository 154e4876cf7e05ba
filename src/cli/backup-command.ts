import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { loadConfig } from "../config.ts";
import { writeCheckedBackup } from "../db/backup-repo.ts";
import { sqlitePath } from "../db/migrate.ts";
import { isPostgresUrl } from "../db/pg-url.ts";
import { backupPostgres } from "./backup-pg-command.ts";
import type { CliIo, ExitCode } from "./io.ts";
import { UsageError } from "./io.ts";

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * `shuxiang backup FILE`: a consistent copy of the database, taken while the bot runs. It is
 * written beside FILE under a temporary name, checked, then renamed, so FILE is either a
 * whole, checked backup or absent. An existing FILE is never overwritten.
 */
export async function backupCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const [target, ...extra] = args;
  if (!target || extra.length > 0 || target.startsWith("-")) {
    throw new UsageError("backup expects one argument: the file to write");
  }
  const config = loadConfig();
  if (isPostgresUrl(config.DATABASE_URL)) return backupPostgres(config.DATABASE_URL, target, io);
  const source = sqlitePath(config.DATABASE_URL);
  if (!existsSync(source)) {
    io.err(`there is no database at ${source} (DATABASE_URL) to back up`);
    return 1;
  }
  const file = resolve(target);
  if (file === source) throw new UsageError("the backup cannot be the database itself");
  if (existsSync(file)) {
    io.err(`${target} already exists; backups are never overwritten, choose another name`);
    return 1;
  }
  const check = writeCheckedBackup(source, file);
  if (typeof check === "string") {
    io.err(`the copy failed its check (${check}); nothing was written`);
    return 1;
  }
  io.out(
    `backup written: ${target} (${mib(statSync(file).size)} MiB): ${check.titles} titles, ` +
      `${check.copies} copies, ${check.patrons} patrons, ${check.openLoans} open loans`,
  );
  io.out(`to restore: stop the bot, then copy it over the database file in DATABASE_URL`);
  return 0;
}
