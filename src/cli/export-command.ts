import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { openLibrary } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { systemActor } from "../core/actor.ts";
import { isIsoDate } from "../core/dates.ts";
import type { Library } from "../core/library.ts";
import { findAllClasses } from "../db/class-figures-repo.ts";
import { makeExport } from "../dialogs/exports/make-export.ts";
import type { ExportRefusal, ExportRequest } from "../dialogs/exports/make-export.ts";
import { workbookBytes } from "../dialogs/exports/workbook.ts";
import { parseCommandArgs } from "./args.ts";
import type { CliIo, ExitCode } from "./io.ts";
import { UsageError } from "./io.ts";
import type { CliTexts } from "./texts.ts";

const kinds = ["overdue", "figures", "broadcast"] as const;
type Kind = (typeof kinds)[number];
interface Request {
  kind: Kind;
  arg: string | undefined;
  week: string | undefined;
  out: string | undefined;
}

function parse(args: string[], tx: CliTexts): Request {
  const { values, positionals } = parseCommandArgs(tx, {
    args,
    allowPositionals: true,
    options: { out: { type: "string" }, week: { type: "string" } },
  });
  const [kind, arg, extra] = positionals;
  if (!kinds.includes(kind as Kind)) throw new UsageError(tx.exportUsage);
  const extraArg = extra ?? (kind === "figures" ? arg : undefined);
  if (extraArg !== undefined) throw new UsageError(tx.extraArgument(extraArg));
  if (values.week !== undefined && kind !== "figures")
    throw new UsageError(tx.unknownOption("--week"));
  if (values.week !== undefined && !isIsoDate(values.week))
    throw new UsageError(tx.badWeek(values.week));
  if (kind === "broadcast" && !/^\d+$/.test(arg ?? "")) {
    throw new UsageError(arg === undefined ? tx.exportUsage : tx.broadcastNumber(arg));
  }
  return { kind: kind as Kind, arg, week: values.week, out: values.out };
}

function exportRequest(r: Request): ExportRequest {
  if (r.kind === "overdue")
    return r.arg === undefined ? { kind: r.kind } : { kind: r.kind, className: r.arg };
  if (r.kind === "figures")
    return r.week === undefined ? { kind: r.kind } : { kind: r.kind, week: r.week };
  return { kind: r.kind, id: Number(r.arg) };
}

/** Why nothing was exported, in the CLI's words (an unknown class lists those that exist). */
async function problem(lib: Library, tx: CliTexts, r: Request, code: ExportRefusal) {
  if (code === "bad_date") return tx.badWeek(r.week ?? "");
  if (code === "no_such_broadcast") return tx.noSuchBroadcast(Number(r.arg));
  const names = (await findAllClasses(lib.db)).map((c) => c.name);
  return `${tx.unknownClass(r.arg ?? "")}${tx.existingClasses(names)}`;
}

/**
 * `shuxiang export overdue [CLASS] | figures [--week DATE] | broadcast N [--out FILE]`: writes
 * an .xlsx workbook with headers in the CLI's language (Chinese by default), to FILE or to a
 * dated name in the working folder (逾期名单-2026-09-09.xlsx). Exit 1 for an unknown class or
 * broadcast (the classes that exist are listed); nothing is written then.
 */
export async function exportCommand(args: string[], io: CliIo, tx: CliTexts): Promise<ExitCode> {
  const request = parse(args, tx);
  const lib = await openLibrary(loadConfig());
  try {
    const made = await makeExport(lib, systemActor, tx.locale, exportRequest(request));
    if (!made.ok) {
      io.err(await problem(lib, tx, request, made.code));
      return 1;
    }
    const file = request.out ?? `${made.value.name}.xlsx`;
    await writeFile(resolve(file), await workbookBytes(made.value.sheets));
    io.out(tx.exportWritten(tx.exportKinds[request.kind] ?? request.kind, file, made.value.rows));
    return 0;
  } finally {
    await lib.db.$disconnect();
  }
}
