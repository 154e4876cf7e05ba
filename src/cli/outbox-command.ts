import { parseArgs } from "node:util";
import { openLibrary } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { clockIn, dateIn } from "../core/dates.ts";
import { countOutbox, findNewestDead } from "../db/outbox-report-repo.ts";
import type { CliIo, ExitCode } from "./io.ts";
import { UsageError } from "./io.ts";

const statuses = ["pending", "sending", "sent", "dead"];

function table(counts: { platform: string; status: string; count: number }[]): string[] {
  const platforms = [...new Set(counts.map((c) => c.platform))].sort();
  const cell = (s: string) => s.padStart(10);
  const lines = [["status".padEnd(8), ...platforms.map(cell), cell("total")].join("")];
  for (const status of statuses) {
    const row = platforms.map(
      (p) => counts.find((c) => c.platform === p && c.status === status)?.count ?? 0,
    );
    const total = row.reduce((a, b) => a + b, 0);
    lines.push(
      [status.padEnd(8), ...row.map((n) => cell(String(n))), cell(String(total))].join(""),
    );
  }
  return lines;
}

/** `shuxiang outbox [--dead N]`: rows by status and platform, then the newest dead rows. */
export async function outboxCommand(args: string[], io: CliIo): Promise<ExitCode> {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { dead: { type: "string", default: "10" } } }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (!/^\d+$/.test(values.dead))
    throw new UsageError(`--dead expects a whole number, got "${values.dead}"`);
  const config = loadConfig();
  const lib = await openLibrary(config);
  try {
    for (const line of table(await countOutbox(lib.db))) io.out(line);
    const dead = await findNewestDead(lib.db, Number(values.dead));
    if (dead.length > 0) io.out("newest dead rows:");
    for (const d of dead) {
      const at = `${dateIn(lib.timezone, d.createdAt)} ${clockIn(lib.timezone, d.createdAt)}`;
      io.out(`  #${d.id} ${d.platform} ${d.chatId} ${d.kind} ${at}  ${d.lastError ?? ""}`);
    }
    return 0;
  } finally {
    await lib.db.$disconnect();
  }
}
