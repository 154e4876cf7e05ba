import { findCopyByBarcode } from "../../db/copy-repo.ts";
import type { Library } from "../library.ts";

/**
 * Whether a scanned code is a copy's barcode. The desk uses it to take a lone code after a
 * checkout as the next book for the same reader rather than the next reader's card.
 */
export async function isCopyBarcode(lib: Library, code: string): Promise<boolean> {
  return (await findCopyByBarcode(lib.db, code.trim())) !== null;
}
