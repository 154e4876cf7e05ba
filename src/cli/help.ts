import type { CommandName } from "./help-zh.ts";
import type { CliTexts } from "./texts.ts";

/** Columns a string takes in a terminal: CJK characters and full-width forms take two. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s)
    width += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return width;
}

/** Pads to `width` terminal columns. */
export function padDisplay(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

function table(rows: Record<string, string>): string[] {
  const width = Math.max(0, ...Object.keys(rows).map(displayWidth)) + 2;
  return Object.entries(rows).map(([k, v]) => `  ${padDisplay(k, width)}${v}`);
}

/** `shuxiang --help`: every command with its summary, then the options all commands take. */
export function generalHelp(tx: CliTexts): string {
  const h = tx.help;
  const summaries = Object.fromEntries(
    Object.entries(h.commands).map(([name, c]) => [name, c.summary]),
  );
  return [
    h.title,
    "",
    h.commandsTitle,
    ...table(summaries),
    "",
    h.commonTitle,
    ...table(h.common),
    "",
    h.more,
  ].join("\n");
}

/** `shuxiang NAME --help`: the usage, what it does and its options. */
export function commandHelp(tx: CliTexts, name: CommandName): string {
  const c = tx.help.commands[name];
  const options = { ...c.options, ...tx.help.common };
  return [
    tx.usageLine(c.usage),
    "",
    c.summary,
    ...(c.details ? [c.details] : []),
    "",
    tx.help.optionsTitle,
    ...table(options),
  ].join("\n");
}
