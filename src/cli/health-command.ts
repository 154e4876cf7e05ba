import { existsSync } from "node:fs";
import { loadConfig } from "../config.ts";
import { openDb } from "../db/client.ts";
import { sqlitePath } from "../db/migrate.ts";
import { checkHealth, servedPlatforms } from "../health/health-report.ts";
import type { HealthReport } from "../health/health-report.ts";
import type { CliIo, ExitCode } from "./io.ts";
import { UsageError } from "./io.ts";
import type { CliTexts } from "./texts.ts";

/** The report of a database that is not there: a health check never creates one. */
function missing(platforms: string[]): HealthReport {
  const checkedAt = new Date().toISOString();
  return {
    status: "down",
    database: "unreachable",
    platforms,
    bot: null,
    schedule: null,
    checkedAt,
  };
}

/**
 * `shuxiang health`: the report GET /healthz gives, for a bot serving by long polling (no
 * HTTP server to ask): the database answers `SELECT 1`, the configured platforms, whether the
 * bot process beat lately (its heartbeat), the schedule's ledger. Prints the JSON; exits 0
 * when healthy, 1 when not (no database, or a bot process silent for over two minutes). It opens the database
 * without migrating it, and never creates a missing SQLite file.
 */
export async function healthCommand(args: string[], io: CliIo, tx: CliTexts): Promise<ExitCode> {
  if (args.length > 0) throw new UsageError(tx.noArguments("health"));
  const config = loadConfig();
  const platforms = servedPlatforms(config);
  const url = config.DATABASE_URL;
  let report: HealthReport;
  if (url.startsWith("file:") && !existsSync(sqlitePath(url))) {
    report = missing(platforms);
  } else {
    const db = await openDb(url);
    try {
      report = await checkHealth(db, platforms);
    } finally {
      await db.$disconnect();
    }
  }
  io.out(JSON.stringify(report, null, 2));
  return report.status === "ok" ? 0 : 1;
}
