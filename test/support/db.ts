import { copyFileSync, mkdtempSync } from "node:fs";
import { join, resolve } from "node:path";
import { openDb } from "../../src/db/client.ts";
import type { Db } from "../../src/db/client.ts";

/** A fresh, migrated SQLite database on a temp file (a copy of the global template). */
export async function freshDb(): Promise<{ db: Db; url: string; file: string }> {
  const dir = mkdtempSync(join(resolve(".vitest-tmp"), "db-"));
  const file = join(dir, "test.db");
  copyFileSync(resolve(".vitest-tmp/template.db"), file);
  const url = `file:${file}`;
  return { db: await openDb(url), url, file };
}
