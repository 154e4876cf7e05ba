import { openLibrary } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { systemActor } from "../core/actor.ts";
import { importCatalog } from "../core/imports/catalog-import.ts";
import type {
  ImportError,
  ImportOptions,
  ImportRefusal,
  ImportSummary,
} from "../core/imports/import-types.ts";
import { importRoster } from "../core/imports/roster-import.ts";
import { importRota } from "../core/imports/rota-import.ts";
import type { Result } from "../core/result.ts";
import { owedItems } from "../dialogs/texts/clearance.ts";
import { clearanceNoticeDeps } from "../jobs/leaving-clearance.ts";
import { enqueue } from "../outbox/queue.ts";
import { parseCommandArgs } from "./args.ts";
import type { CliIo, ExitCode } from "./io.ts";
import { UsageError } from "./io.ts";
import type { CliTexts } from "./texts.ts";

const importers = { catalog: importCatalog, roster: importRoster, rota: importRota } as const;
type Kind = keyof typeof importers;
const isKind = (s: string | undefined): s is Kind => s !== undefined && s in importers;
type Refused = Extract<Result<ImportSummary, ImportRefusal>, { ok: false }>;

/** Why the file was refused as a whole, in the librarian's words. */
export function refusalText(tx: CliTexts, file: string, r: Refused): string {
  if (r.code === "missing_column") {
    const keys = String(r.detail?.column ?? "").split(",");
    return `${tx.missingColumn(file, keys)}${tx.nothingImported}`;
  }
  const reason = String(r.detail?.reason ?? "");
  const why = String(r.detail?.message ?? "");
  const texts = tx.unreadable as Record<
    string,
    ((file: string, why: string) => string) | undefined
  >;
  return `${texts[reason]?.(file, why) ?? `${file}: ${reason} ${why}`}${tx.nothingImported}`;
}

/** One skipped row: "第 3 行：缺少条码". */
export function rowText(tx: CliTexts, e: ImportError): string {
  return tx.rowProblem(e.line, tx.reasons[e.reason](e.column, e.value));
}

function parse(args: string[], tx: CliTexts) {
  const { values, positionals } = parseCommandArgs(tx, {
    args,
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean", default: false },
      progress: { type: "boolean", default: false },
    },
  });
  const [kind, file, ...extra] = positionals;
  if (!isKind(kind) || !file) throw new UsageError(tx.importUsage);
  if (extra[0] !== undefined) throw new UsageError(tx.extraArgument(extra[0]));
  return { kind, file, dryRun: values["dry-run"], progress: values.progress };
}

/**
 * `shuxiang import catalog|roster|rota FILE [--dry-run] [--progress]`: prints what was added
 * and updated, and each skipped row as "第 N 行：…" (with the classes that exist when a row
 * names one that does not). Exit 0 when the file was read, even with bad rows; 1 when it could
 * not be read as a whole (nothing is written then). `--dry-run` writes nothing at all. A roster
 * warns about pupils marked 离校 who still owe; families of those newly marked are told.
 */
export async function importCommand(args: string[], io: CliIo, tx: CliTexts): Promise<ExitCode> {
  const { kind, file, dryRun, progress } = parse(args, tx);
  const config = loadConfig();
  const lib = await openLibrary(config);
  try {
    const options: ImportOptions = {
      dryRun,
      clearance: clearanceNoticeDeps(enqueue, config.DEFAULT_LOCALE),
    };
    if (progress || io.isTty) {
      options.onProgress = (done, total) => io.err(tx.importProgress(done, total));
    }
    const result = await importers[kind](lib, systemActor, file, options);
    if (!result.ok) {
      io.err(refusalText(tx, file, result));
      return 1;
    }
    printSummary(io, tx, { kind, dryRun, summary: result.value });
    return 0;
  } finally {
    await lib.db.$disconnect();
  }
}

function printSummary(
  io: CliIo,
  tx: CliTexts,
  done: { kind: Kind; dryRun: boolean; summary: ImportSummary },
) {
  const { inserted, updated, errors } = done.summary;
  const say = done.dryRun ? tx.importDryRun : tx.importDone;
  io.out(say(tx.importKinds[done.kind], inserted, updated, errors.length));
  for (const e of errors) io.out(rowText(tx, e));
  const owing = done.summary.leaversOwing ?? [];
  if (owing.length > 0) io.out(tx.leaversOwing(owing.length, done.dryRun));
  for (const p of owing) io.out(tx.leaverOwes(p.name, p.className ?? "", owedItems(tx.locale, p)));
  if (done.summary.classes) io.out(tx.existingClasses(done.summary.classes));
}
