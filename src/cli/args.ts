import { parseArgs } from "node:util";
import type { ParseArgsConfig } from "node:util";
import { UsageError } from "./io.ts";
import type { CliTexts } from "./texts.ts";

/** The option or argument node:util quotes in its message ("Unknown option '--x'"). */
const quotedIn = (message: string) => /'([^']+)'/.exec(message)?.[1]?.replace(/ <value>$/, "");

/** node:util's parse error in the librarian's words. */
function explain(tx: CliTexts, e: Error & { code?: string }): string {
  const subject = quotedIn(e.message) ?? "";
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return tx.unknownOption(subject);
  if (e.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return tx.extraArgument(subject);
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return tx.missingOptionValue(subject);
  return e.message;
}

/** `parseArgs` whose complaints are UsageErrors in the chosen language. */
export function parseCommandArgs<T extends ParseArgsConfig>(
  tx: CliTexts,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    throw new UsageError(explain(tx, e as Error & { code?: string }));
  }
}

/** A whole number given to `flag`, or a UsageError. */
export function wholeNumber(tx: CliTexts, flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(tx.wholeNumber(flag, value));
  return Number(value);
}
