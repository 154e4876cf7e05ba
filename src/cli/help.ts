import type { CommandName } from "./help-zh.ts";
import { displayWidth, padDisplay } from "../text-width.ts";
import type { CliTexts } from "./texts.ts";

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
