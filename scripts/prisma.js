#!/usr/bin/env node
// Runs the Prisma CLI with a default DATABASE_URL. With the variable unset, even
// `prisma generate` tries to download a query-engine library (see DESIGN.md), so every
// Prisma invocation goes through here. `--url=file:…` picks the database explicitly.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const args = process.argv.slice(2);
const urlFlag = args.find((a) => a.startsWith("--url="));
const env = {
  ...process.env,
  DATABASE_URL: urlFlag?.slice(6) || process.env.DATABASE_URL || "file:./data/shuxiang.db",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync(process.execPath, [cli, ...args.filter((a) => a !== urlFlag)], {
  stdio: "inherit",
  env,
});
process.exit(result.status ?? 1);
