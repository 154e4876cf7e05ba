import { chmodSync, existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { loadConfig } from "../config.ts";
import { writeCheckedBackup } from "../db/backup-repo.ts";
import { sqlitePath } from "../db/migrate.ts";
import { isPostgresUrl } from "../db/pg-url.ts";
import { backupPostgres } from "./backup-pg-command.ts";
import type { CliIo, ExitCode } from "./io.ts";
import { UsageError } from "./io.ts";
import type { CliTexts } from "./texts.ts";

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * `shuxiang backup FILE`: a consistent copy of the database, taken while the bot runs. It is
 * written beside FILE under a temporary name, checked, then renamed, so FILE is either a
 * whole, checked backup or absent. An existing FILE is never overwritten. The copy holds
 * pupils' names, so it is left readable by its owner only.
 */
export async function backupCommand(args: string[], io: CliIo, tx: CliTexts): Promise<ExitCode> {
  const [target, ...extra] = args;
  if (!target || extra.length > 0 || target.startsWith("-")) {
    throw new UsageError(tx.backupUsage);
  }
  const config = loadConfig();
  if (isPostgresUrl(config.DATABASE_URL)) {
    return backupPostgres(config.DATABASE_URL, target, io, tx);
  }
  const source = sqlitePath(config.DATABASE_URL);
  if (!existsSync(source)) {
    io.err(tx.backupNoDatabase(source));
    return 1;
  }
  const file = resolve(target);
  if (file === source) throw new UsageError(tx.backupIsDatabase);
  if (existsSync(file)) {
    io.err(tx.backupExists(target));
    return 1;
  }
  const check = writeCheckedBackup(source, file);
  if (typeof check === "string") {
    io.err(tx.backupCheckFailed(check));
    return 1;
  }
  io.out(tx.backupWritten(target, mib(statSync(file).size), check));
  chmodSync(file, 0o600);
  io.out(tx.backupRestore(source));
  return 0;
}
