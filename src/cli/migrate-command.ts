import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { migrate, migrationStatus } from "../db/migrate.ts";
import type { CliIo, ExitCode } from "./io.ts";
import type { CliTexts } from "./texts.ts";

/**
 * `shuxiang migrate` applies the migrations DATABASE_URL's database lacks, on SQLite or
 * PostgreSQL (what start-up does; `npm run db:deploy`); `--status` lists those pending and
 * exits 1 when there are some (`npm run db:status`).
 */
export async function migrateCommand(args: string[], io: CliIo, tx: CliTexts): Promise<ExitCode> {
  const { values } = parseArgs({ args, options: { status: { type: "boolean", default: false } } });
  const url = loadConfig().DATABASE_URL;
  if (values.status) {
    const { applied, pending } = await migrationStatus(url);
    io.out(tx.migrateStatus(applied.length, pending));
    for (const name of pending) io.out(`  ${name}`);
    return pending.length === 0 ? 0 : 1;
  }
  const { applied } = await migrate(url);
  io.out(tx.migrateApplied(applied));
  for (const name of applied) io.out(`  ${name}`);
  return 0;
}
