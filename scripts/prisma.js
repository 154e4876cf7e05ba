#!/usr/bin/env node
// Runs the Prisma CLI with a default DATABASE_URL. With the variable unset, even
// `prisma generate` tries to download a query-engine library (see README.md, "Prisma without binaries"), so every
// Prisma invocation goes through here. prisma.config.ts picks the provider by the URL's scheme:
// `--url=file:…` or `--url=postgresql://…` names the database explicitly, `--pg` means the
// PostgreSQL side (DATABASE_URL when it is one, else the local server: `migrate diff` connects
// even to compare two schema files). A plain `generate` makes both clients, SQLite's and
// PostgreSQL's (prisma/postgresql/schema.prisma as it is: `npm run db:generate` refreshes it).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const args = process.argv.slice(2);
const urlFlag = args.find((a) => a.startsWith("--url="));
const pg = args.includes("--pg");
const rest = args.filter((a) => a !== urlFlag && a !== "--pg");
const isPg = (url) => /^postgres(ql)?:/.test(url ?? "");
const envUrl = process.env.DATABASE_URL;
const sqliteUrl = isPg(envUrl) ? undefined : envUrl;
const localPg = "postgresql://postgres@127.0.0.1:5432/postgres";
const pgUrl = isPg(envUrl) ? envUrl : localPg;

function prisma(url, cliArgs) {
  const env = { ...process.env, DATABASE_URL: url };
  env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
  env.CHECKPOINT_DISABLE = "1";
  const result = spawnSync(process.execPath, [cli, ...cliArgs], { stdio: "inherit", env });
  return result.status ?? 1;
}

const sqliteDefault = sqliteUrl || "file:./data/shuxiang.db";
if (rest.length === 1 && rest[0] === "generate" && !urlFlag && !pg) {
  const status = prisma(sqliteDefault, rest);
  process.exit(status === 0 ? prisma(pgUrl, rest) : status);
}
process.exit(prisma(urlFlag?.slice(6) || (pg ? pgUrl : envUrl) || sqliteDefault, rest));
