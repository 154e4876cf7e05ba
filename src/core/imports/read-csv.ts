import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { UnreadableFile } from "./raw-grid.ts";
import type { RawRow } from "./raw-grid.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The file's text: UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8,
 * otherwise GB18030, a superset of GBK: what Excel on Chinese Windows saves as "CSV".
 */
export function decodeCsvText(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "gb18030");
  }
}

/** Comma-separated unless the first line has tabs and no commas (a sheet pasted as text). */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  return first.includes("\t") && !first.includes(",") ? "\t" : ",";
}

/** Parses CSV (UTF-8, or GBK/GB18030 from Excel) into rows with their line numbers. */
export function readCsv(bytes: Uint8Array): RawRow[] {
  const text = decodeCsvText(bytes);
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
