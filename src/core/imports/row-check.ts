import { z } from "zod";
import type { TableRow } from "./read-table.ts";
import type { ImportError, ImportReason } from "./import-types.ts";

/** A cell parsed by `parse`; a value it rejects fails the row with `reason`. */
export function cell<T>(reason: ImportReason, parse: (s: string) => T | undefined) {
  return z.string().transform((s, ctx) => {
    const v = parse(s);
    if (v === undefined) {
      ctx.addIssue({ code: "custom", message: reason });
      return z.NEVER;
    }
    return v;
  });
}

/**
 * Validates one row against a schema keyed by import keys. The first problem becomes the row's
 * error: a missing required cell is `missing_value`, a rejected one the reason of its `cell`.
 */
export function checkRow<S extends z.ZodType>(
  schema: S,
  row: TableRow,
): { ok: true; value: z.output<S> } | { ok: false; error: ImportError } {
  const parsed = schema.safeParse(row.values);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const column = issue?.path[0] === undefined ? undefined : String(issue.path[0]);
  const reason: ImportReason =
    issue?.code === "custom" ? (issue.message as ImportReason) : "missing_value";
  const value = column === undefined ? undefined : row.values[column];
  return { ok: false, error: rowError(row.line, reason, column, value) };
}

/** A row's error; `value` is the offending cell, shown to the librarian. */
export function rowError(
  line: number,
  reason: ImportReason,
  column?: string,
  value?: string,
): ImportError {
  return {
    line,
    reason,
    ...(column === undefined ? {} : { column }),
    ...(value === undefined ? {} : { value }),
  };
}
