import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { hasPgDump, pgDump, pgDumpArgs, safeUrl } from "../db/pg-backup.ts";
import type { CliIo, ExitCode } from "./io.ts";
import type { CliTexts } from "./texts.ts";

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * `shuxiang backup FILE` on PostgreSQL: runs `pg_dump` (custom format) into FILE, written under
 * a temporary name and renamed when whole, never over an existing file. Without `pg_dump` it
 * says how to take the backup instead. The password in DATABASE_URL is never printed.
 */
export function backupPostgres(url: string, target: string, io: CliIo, tx: CliTexts): ExitCode {
  const file = resolve(target);
  if (existsSync(file)) {
    io.err(tx.backupExists(target));
    return 1;
  }
  if (!hasPgDump()) {
    io.err(tx.pgDumpMissing);
    io.err(tx.pgDumpHow);
    io.err(`  pg_dump ${pgDumpArgs(safeUrl(url), target).join(" ")}`);
    return 1;
  }
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  try {
    const r = pgDump(url, partial);
    if (!r.ok) {
      io.err(tx.pgDumpFailed(r.error));
      return 1;
    }
    renameSync(partial, file);
    io.out(tx.pgBackupWritten(target, mib(statSync(file).size)));
    io.out(tx.pgRestore(target));
    return 0;
  } finally {
    rmSync(partial, { force: true });
  }
}
