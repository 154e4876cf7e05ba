import { openLibrary } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { clockIn, dateIn } from "../core/dates.ts";
import { countOutbox, findNewestDead } from "../db/outbox-report-repo.ts";
import { parseCommandArgs, wholeNumber } from "./args.ts";
import { padDisplay } from "../text-width.ts";
import type { CliIo, ExitCode } from "./io.ts";
import type { CliTexts } from "./texts.ts";

const statuses = ["pending", "sending", "sent", "dead"];

function table(
  tx: CliTexts,
  counts: { platform: string; status: string; count: number }[],
): string[] {
  const platforms = [...new Set(counts.map((c) => c.platform))].sort();
  const cell = (s: string) => s.padStart(10);
  const label = (s: string) => padDisplay(s, 10);
  const lines = [[label(tx.outboxHeader), ...platforms.map(cell), cell(tx.outboxTotal)].join("")];
  for (const status of statuses) {
    const row = platforms.map(
      (p) => counts.find((c) => c.platform === p && c.status === status)?.count ?? 0,
    );
    const total = row.reduce((a, b) => a + b, 0);
    lines.push(
      [
        label(tx.outboxStatus[status] ?? status),
        ...row.map((n) => cell(String(n))),
        cell(String(total)),
      ].join(""),
    );
  }
  return lines;
}

/** `shuxiang outbox [--dead N]`: rows by status and platform, then the newest dead rows. */
export async function outboxCommand(args: string[], io: CliIo, tx: CliTexts): Promise<ExitCode> {
  const { values } = parseCommandArgs(tx, {
    args,
    options: { dead: { type: "string", default: "10" } },
  });
  const deadRows = wholeNumber(tx, "--dead", values.dead);
  const config = loadConfig();
  const lib = await openLibrary(config);
  try {
    for (const line of table(tx, await countOutbox(lib.db))) io.out(line);
    const dead = await findNewestDead(lib.db, deadRows);
    if (dead.length > 0) io.out(tx.outboxNewestDead);
    for (const d of dead) {
      const at = `${dateIn(lib.timezone, d.createdAt)} ${clockIn(lib.timezone, d.createdAt)}`;
      io.out(`  #${d.id} ${d.platform} ${d.chatId} ${d.kind} ${at}  ${d.lastError ?? ""}`);
    }
    return 0;
  } finally {
    await lib.db.$disconnect();
  }
}
