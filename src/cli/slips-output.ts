import { accessSync, constants, existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { CodeSlip } from "../core/bindings/codes.ts";
import type { Locale } from "../locale.ts";
import { slipsText } from "./code-slips.ts";
import type { CliIo } from "./io.ts";
import { slipsHtml } from "./slips-html.ts";
import { SLIPS_PER_PAGE } from "./slips-style.ts";
import type { SlipsTexts } from "./slips-texts.ts";

export interface SlipsRequest {
  out: string | undefined;
  html: string | undefined;
  bot: string | undefined;
  locale: Locale;
  texts: SlipsTexts;
  who: string;
}

function problemWith(file: string): string | undefined {
  try {
    if (!existsSync(file)) accessSync(dirname(resolve(file)), constants.W_OK);
    else if (statSync(file).isDirectory()) return "EISDIR";
    else accessSync(file, constants.W_OK);
    return undefined;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  }
}

/** Why one of the output files cannot be written, in words; undefined when all can. */
export function unwritable(
  files: readonly (string | undefined)[],
  t: SlipsTexts,
): string | undefined {
  for (const file of files) {
    const problem = file === undefined ? undefined : problemWith(file);
    if (file !== undefined && problem) return t.cannotWrite(file, problem);
  }
  return undefined;
}

/**
 * Writes the issued slips where the librarian asked: the text slips into --out (or on screen
 * when no file was named), the printable page into --html. Files are created owner-only: until
 * they are handed out, the codes in them bind anyone.
 */
export async function writeSlips(slips: readonly CodeSlip[], r: SlipsRequest, io: CliIo) {
  const t = r.texts;
  if (r.out !== undefined) {
    writeFileSync(r.out, slipsText(slips, t), { encoding: "utf8", mode: 0o600 });
    io.out(t.written(slips.length, r.out));
  } else if (r.html === undefined) io.out(slipsText(slips, t).trimEnd());
  if (r.html === undefined) return;
  const page = await slipsHtml(slips, { locale: r.locale, texts: t, who: r.who, bot: r.bot });
  writeFileSync(r.html, page, { encoding: "utf8", mode: 0o600 });
  io.out(t.htmlWritten(slips.length, r.html, SLIPS_PER_PAGE));
  io.out(r.bot ? t.withQr(r.bot) : t.withoutQr);
}
