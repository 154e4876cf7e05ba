import { resolve } from "node:path";
import { openLibrary } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { isIsoDate } from "../core/dates.ts";
import { today } from "../core/library.ts";
import type { Library } from "../core/library.ts";
import { findAllClasses } from "../db/class-figures-repo.ts";
import { parseCommandArgs } from "./args.ts";
import { broadcastSheets } from "./export-broadcast.ts";
import { figuresSheet } from "./export-figures.ts";
import { overdueSheet } from "./export-overdue.ts";
import { writeWorkbook } from "./export-workbook.ts";
import type { SheetData } from "./export-workbook.ts";
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

/** The workbook's sheets and its dated default name, or the reason there is none. */
type Made = { sheets: SheetData[]; name: string } | { problem: string };

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

async function make(lib: Library, tx: CliTexts, r: Request): Promise<Made> {
  const dated = (...parts: (string | number)[]) => [tx.exportFileName[r.kind], ...parts].join("-");
  if (r.kind === "overdue") {
    const sheet = await overdueSheet(lib, tx, r.arg);
    if (sheet) return { sheets: [sheet], name: dated(...(r.arg ? [r.arg] : []), today(lib)) };
    const names = (await findAllClasses(lib.db)).map((c) => c.name);
    return { problem: `${tx.unknownClass(r.arg ?? "")}${tx.existingClasses(names)}` };
  }
  if (r.kind === "figures") {
    const made = await figuresSheet(lib, tx, r.week);
    if (made) return { sheets: [made.sheet], name: dated(made.monday) };
    return { problem: tx.badWeek(r.week ?? "") };
  }
  const id = Number(r.arg);
  const sheets = await broadcastSheets(lib, tx, id);
  return sheets ? { sheets, name: dated(id, today(lib)) } : { problem: tx.noSuchBroadcast(id) };
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
    const made = await make(lib, tx, request);
    if ("problem" in made) {
      io.err(made.problem);
      return 1;
    }
    const file = request.out ?? `${made.name}.xlsx`;
    await writeWorkbook(resolve(file), made.sheets);
    const rows = made.sheets.at(-1)?.rows.length ?? 0;
    io.out(tx.exportWritten(tx.exportKinds[request.kind] ?? request.kind, file, rows));
    return 0;
  } finally {
    await lib.db.$disconnect();
  }
}
