import { mkdir, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { ReplyFile } from "../../src/messages.ts";

/**
 * Writes a file the bot sent into `dir` (created if need be) and answers its path. The name is
 * the export's own, dated (逾期名单-2026-09-09.xlsx): the same export asked again the same day
 * replaces the earlier one, and a reply sent twice leaves one file.
 */
export async function saveFile(dir: string, file: ReplyFile): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, basename(file.name));
  await writeFile(path, Buffer.from(file.base64, "base64"));
  return path;
}
