import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { loadConfig } from "../config.ts";
import { checkBackup, vacuumInto } from "../db/backup-repo.ts";
import type { BackupCheck } from "../db/backup-repo.ts";
import { sqlitePath } from "../db/migrate.ts";
import type { CliIo, ExitCode } from "./io.ts";
import { UsageError } from "./io.ts";

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** What the copy holds, or why it is no good (SQLite's complaint, or a table missing). */
function checkedCopy(file: string): BackupCheck | string {
  try {
    const check = checkBackup(file);
    return check.integrity === "ok" ? check : check.integrity;
  } catch (e) {
    return (e as Error).message;
  }
}

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
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  try {
    vacuumInto(source, partial);
    const check = checkedCopy(partial);
    if (typeof check === "string") {
      io.err(`the copy failed its check (${check}); nothing was written`);
      return 1;
    }
    renameSync(partial, file);
    io.out(
      `backup written: ${target} (${mib(statSync(file).size)} MiB): ${check.titles} titles, ` +
        `${check.copies} copies, ${check.patrons} patrons, ${check.openLoans} open loans`,
    );
    io.out(`to restore: stop the bot, then copy it over the database file in DATABASE_URL`);
    return 0;
  } finally {
    rmSync(partial, { force: true });
  }
}
