import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { IsoDate } from "../core/dates.ts";

/** A nightly backup's name: its date sorts it. Other files in the folder are never touched. */
const nightly = /^shuxiang-\d{4}-\d{2}-\d{2}\.db$/;

export const nightlyBackupName = (date: IsoDate): string => `shuxiang-${date}.db`;

/**
 * Deletes the oldest nightly backups in `dir` so that `keep` remain; answers the names deleted.
 * Only files named like nightly backups count: a copy the librarian made by hand stays.
 */
export function rotateBackups(dir: string, keep: number): string[] {
  const backups = readdirSync(dir)
    .filter((name) => nightly.test(name))
    .sort()
    .reverse();
  const old = backups.slice(keep);
  for (const name of old) rmSync(join(dir, name), { force: true });
  return old.sort();
}
