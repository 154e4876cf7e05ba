import { parseArgs } from "node:util";
import { openLibrary } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { systemActor } from "../core/actor.ts";
import { importCatalog } from "../core/imports/catalog-import.ts";
import type { ImportRefusal, ImportSummary } from "../core/imports/import-types.ts";
import { importRoster } from "../core/imports/roster-import.ts";
import { importRota } from "../core/imports/rota-import.ts";
import type { Result } from "../core/result.ts";
import type { CliIo, ExitCode } from "./io.ts";
import { UsageError } from "./io.ts";

const importers = { catalog: importCatalog, roster: importRoster, rota: importRota } as const;
type Kind = keyof typeof importers;
const isKind = (s: string | undefined): s is Kind => s !== undefined && s in importers;

function refusalText(
  file: string,
  r: Extract<Result<ImportSummary, ImportRefusal>, { ok: false }>,
) {
  if (r.code === "missing_column")
    return `${file}: missing column ${r.detail?.column ?? ""} — nothing imported`;
  if (r.code === "unreadable") {
    return `${file}: cannot be read (${r.detail?.reason ?? "unknown"}: ${r.detail?.message ?? ""}) — nothing imported`;
  }
  return `${file}: ${r.code}`;
}

function parse(args: string[]): { kind: Kind; file: string } {
  let positionals: string[];
  try {
    positionals = parseArgs({ args, allowPositionals: true, options: {} }).positionals;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const [kind, file, ...extra] = positionals;
  if (!isKind(kind) || !file || extra.length > 0) {
    throw new UsageError("usage: shuxiang import catalog|roster|rota FILE");
  }
  return { kind, file };
}

/**
 * `shuxiang import catalog|roster|rota FILE`: prints a summary and each bad row as
 * "line N: reason (column)". Exit 0 when the file was read, even with bad rows; 1 when it could
 * not be read as a whole (nothing is written then).
 */
export async function importCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { kind, file } = parse(args);
  const lib = await openLibrary(loadConfig());
  try {
    const result = await importers[kind](lib, systemActor, file);
    if (!result.ok) {
      io.err(refusalText(file, result));
      return 1;
    }
    const { inserted, updated, errors } = result.value;
    io.out(`${kind}: ${inserted} inserted, ${updated} updated, ${errors.length} bad rows skipped`);
    for (const e of errors)
      io.out(`line ${e.line}: ${e.reason}${e.column ? ` (${e.column})` : ""}`);
    return 0;
  } finally {
    await lib.db.$disconnect();
  }
}
