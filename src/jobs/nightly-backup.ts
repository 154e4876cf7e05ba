import { chmodSync, existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { today } from "../core/library.ts";
import type { Library } from "../core/library.ts";
import { databaseFile, writeCheckedBackup } from "../db/backup-repo.ts";
import { nightlyBackupName, rotateBackups } from "./backup-rotation.ts";
import type { JobContext, JobSummary } from "./context.ts";

const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * Nightly (02:30): a checked copy of the database into `DATA_DIR/backups` as
 * `shuxiang-<date>.db` (the code of `shuxiang backup`: SQLite's VACUUM INTO, taken while the
 * bot runs), then only the newest `keepBackups` nightly copies are kept. A day already backed
 * up is not copied again. A copy that fails its check fails the run (logged; the ledger keeps
 * the reason). On a database that is not a SQLite file there is nothing to copy: skipped.
 */
export async function nightlyBackup(lib: Library, ctx: JobContext): Promise<JobSummary> {
  const source = await databaseFile(lib.db);
  if (!source) return { skipped: "not_sqlite" };
  const dir = ctx.settings.backupDir ?? join(dirname(source), "backups");
  const name = nightlyBackupName(today(lib));
  const file = join(dir, name);
  const existed = existsSync(file);
  if (!existed) {
    const check = writeCheckedBackup(source, file);
    if (typeof check === "string") throw new Error(`the backup failed its check: ${check}`);
    // Pupils' names: the owner's only, also when run by hand (`jobs run`) outside the unit's umask.
    chmodSync(file, 0o600);
  }
  const deleted = rotateBackups(dir, ctx.settings.keepBackups);
  return { file: name, existed, mib: mib(statSync(file).size), deleted };
}
