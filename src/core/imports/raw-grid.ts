/** A sheet as read from disk: each non-empty row with its 1-based line (or spreadsheet row). */
export interface RawRow {
  line: number;
  cells: string[];
}

/** Why a file could not be read as a whole; shown to the librarian next to the file name. */
export type UnreadableReason =
  "not_found" | "not_csv_or_xlsx" | "bad_csv" | "corrupt_xlsx" | "empty";

export class UnreadableFile extends Error {
  override name = "UnreadableFile";
  constructor(
    readonly reason: UnreadableReason,
    message: string = reason,
  ) {
    super(message);
  }
}
