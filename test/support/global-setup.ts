import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { buildApp } from "../../scripts/build.ts";
import { migrate } from "../../src/db/migrate.ts";
import { createRunDatabase, testServerUrl } from "./pg.ts";

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
    /** This run's PostgreSQL database (test/support/pg.ts), or "" when the run is on SQLite. */
    pgRunUrl: string;
    tmpDir: string;
    /** This run's compiled src/main.ts: what `npm start` runs (scripts/build.ts). */
    appMain: string;
  }
}

/**
 * Builds one migrated template database per run; each test copies it (test/support/db.ts),
 * or, with TEST_DATABASE_URL=postgresql://…, creates the run's PostgreSQL database.
 * Compiles the app once per run for the tests that run it as `npm start` does
 * (test/support/app.ts). Each run has its own folder so parallel runs never delete each
 * other's files.
 */
export default async function setup(project: TestProject) {
  const root = resolve(".vitest-tmp");
  mkdirSync(root, { recursive: true });
  for (const old of readdirSync(root)) {
    const path = join(root, old);
    if (Date.now() - statSync(path).mtimeMs > 3_600_000)
      rmSync(path, { recursive: true, force: true });
  }
  const dir = join(root, `run-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const templateDb = join(dir, "template.db");
  await migrate(`file:${templateDb}`);
  project.provide("templateDb", templateDb);
  const server = testServerUrl();
  const pgRun = server === undefined ? undefined : await createRunDatabase(server);
  project.provide("pgRunUrl", pgRun?.url ?? "");
  project.provide("tmpDir", dir);
  const appDir = join(dir, "app");
  await buildApp(appDir);
  project.provide("appMain", join(appDir, "main.js"));
  return async () => {
    rmSync(dir, { recursive: true, force: true });
    await pgRun?.drop();
  };
}
