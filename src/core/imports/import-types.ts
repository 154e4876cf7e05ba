import type { Tx } from "../../db/client.ts";
import type { ClearanceNoticeDeps } from "../clearance/clearance-notices.ts";
import type { LeaverDebt } from "../clearance/leavers.ts";
import type { Actor } from "../actor.ts";
import type { Library } from "../library.ts";
import type { Result } from "../result.ts";
import { refuse } from "../result.ts";
import { readTable } from "./read-table.ts";
import type { Table } from "./read-table.ts";
import { runTransaction } from "../../db/transact.ts";
import { findAllClasses } from "../../db/roster-repo.ts";

/** Why one row was skipped; stable codes the CLI prints next to the line number. */
export type ImportReason =
  | "missing_value"
  | "bad_isbn"
  | "bad_number"
  | "bad_date"
  | "bad_grade"
  | "bad_class"
  | "bad_value"
  | "unknown_class"
  | "unknown_role"
  | "unknown_card_number"
  | "duplicate_barcode"
  | "duplicate_card_number"
  | "duplicate_entry";

export interface ImportError {
  line: number;
  reason: ImportReason;
  /** The column (import key) the reason is about, when it is about one. */
  column?: string;
  /** The cell the reason is about, as the file has it, when there is one. */
  value?: string;
}

export interface ImportOptions {
  /** Check and count everything, then roll back: the database is left as it was. */
  dryRun?: boolean;
  /** Called as rows are written (after each batch), with the rows done and the total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Roster: how to word and queue the clearance notices (离校清还) of pupils the file newly
   * marks 离校 who still owe; without it nobody is told (the summary still lists them).
   */
  clearance?: ClearanceNoticeDeps;
}

class DryRunRollback extends Error {
  override name = "DryRunRollback";
  constructor(readonly result: unknown) {
    super("dry run: rolled back");
  }
}

/**
 * Runs an import's writes in one transaction. On a dry run the transaction is rolled back once
 * `write` has done everything, so the counts and errors are the real ones and nothing stays.
 */
export async function importTransaction<T>(
  lib: Library,
  options: ImportOptions,
  write: (tx: Tx) => Promise<T>,
): Promise<T> {
  try {
    return await runTransaction(lib.db, async (tx) => {
      const result = await write(tx);
      if (options.dryRun) throw new DryRunRollback(result);
      return result;
    });
  } catch (e) {
    if (e instanceof DryRunRollback) return e.result as T;
    throw e;
  }
}

export interface ImportSummary {
  inserted: number;
  updated: number;
  errors: ImportError[];
  /** Roster: pupils marked 离校 in the file who still hold a book or owe a charge (a warning). */
  leaversOwing?: LeaverDebt[];
  /**
   * When a row names a class that does not exist: the classes there are, in order, as the
   * import leaves them (a roster's with the classes its pupils create), read inside the import,
   * so a dry run names them too.
   */
  classes?: string[];
}

/** `{ classes }` for the summary when a row named an unknown class (inside the import's tx). */
export async function classesIfUnknown(
  tx: Tx,
  errors: readonly ImportError[],
): Promise<Pick<ImportSummary, "classes">> {
  if (!errors.some((e) => e.reason === "unknown_class")) return {};
  const classes = await findAllClasses(tx);
  classes.sort((a, b) => a.grade - b.grade || a.number - b.number);
  return { classes: classes.map((c) => c.name) };
}

export type ImportRefusal = "not_librarian" | "unreadable" | "missing_column";

/**
 * The frame every import shares: only the librarian (or the CLI's system actor) may import,
 * and a file that cannot be read as a whole, or lacks a required column, writes nothing.
 */
export async function runImport(
  actor: Actor,
  file: string,
  required: readonly string[],
  load: (table: Table) => Promise<ImportSummary>,
): Promise<Result<ImportSummary, ImportRefusal>> {
  if (!actor.isLibrarian) return refuse("not_librarian");
  const table = await readTable(file, required);
  if (!table.ok) return table;
  const summary = await load(table.value);
  summary.errors.sort((a, b) => a.line - b.line);
  return { ok: true, value: summary };
}
