import { parse } from "csv-parse/sync";
import { UnreadableFile } from "./raw-grid.ts";
import type { RawRow } from "./raw-grid.ts";

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Excel in China often saves CSV as GBK; say so rather than import mojibake.
    throw new UnreadableFile("not_utf8", "the file is not UTF-8 text (save it as CSV UTF-8)");
  }
}

/** Comma-separated unless the first line has tabs and no commas (a sheet pasted as text). */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  return first.includes("\t") && !first.includes(",") ? "\t" : ",";
}

/** Parses UTF-8 CSV (a byte-order mark is tolerated) into rows with their line numbers. */
export function readCsv(bytes: Uint8Array): RawRow[] {
  const text = decodeUtf8(bytes);
  if (text.includes("\u0000")) throw new UnreadableFile("not_csv_or_xlsx");
  try {
    const records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map((r) => ({ line: r.info.lines, cells: r.record }));
  } catch (e) {
    throw new UnreadableFile("bad_csv", (e as Error).message);
  }
}
