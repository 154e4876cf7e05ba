import { copyFileSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import { openDb } from "../../src/db/client.ts";
import type { Db } from "../../src/db/client.ts";

/** A fresh temp folder inside this test run's folder. */
export function tempDir(): string {
  return mkdtempSync(join(inject("tmpDir"), "t-"));
}

/** A fresh, migrated SQLite database on a temp file (a copy of the run's template). */
export async function freshDb(): Promise<{ db: Db; url: string; file: string }> {
  const file = join(tempDir(), "test.db");
  copyFileSync(inject("templateDb"), file);
  const url = `file:${file}`;
  return { db: await openDb(url), url, file };
}
