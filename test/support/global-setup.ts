import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { migrate } from "../../src/db/migrate.ts";

/** Builds one migrated template database; each test copies it (see test/support/db.ts). */
export default function setup() {
  const dir = resolve(".vitest-tmp");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  migrate(`file:${join(dir, "template.db")}`);
}
