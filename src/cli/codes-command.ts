import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { openLibrary } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { systemActor } from "../core/actor.ts";
import { issueCodes } from "../core/bindings/codes.ts";
import type { CodeTarget } from "../core/bindings/codes.ts";
import { slipsText } from "./code-slips.ts";
import type { CliIo, ExitCode } from "./io.ts";
import { UsageError } from "./io.ts";

const usage = "usage: shuxiang codes CLASS|--teachers|--librarian [--out FILE]";

function parse(args: string[]): { target: CodeTarget; out: string | undefined } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        teachers: { type: "boolean" },
        librarian: { type: "boolean" },
        out: { type: "string" },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  const targets: CodeTarget[] = [
    ...positionals.map((c) => ({ class: c })),
    ...(values.teachers ? [{ teachers: true } as const] : []),
    ...(values.librarian ? [{ librarian: true } as const] : []),
  ];
  const [target] = targets;
  if (!target || targets.length > 1) throw new UsageError(usage);
  return { target, out: values.out };
}

/**
 * `shuxiang codes CLASS|--teachers|--librarian [--out FILE]`: issues binding codes and prints
 * the slips (or writes them to FILE). The plaintext codes exist only in this output; issuing
 * again revokes the earlier ones.
 */
export async function codesCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { target, out } = parse(args);
  const lib = await openLibrary(loadConfig());
  try {
    const result = await issueCodes(lib, systemActor, target);
    if (!result.ok) {
      io.err("class" in target ? `unknown class: ${target.class}` : result.code);
      return 1;
    }
    if (result.value.length === 0) {
      io.err("nobody to issue codes for (import the roster first)");
      return 1;
    }
    const text = slipsText(result.value);
    if (out === undefined) io.out(text.trimEnd());
    else {
      writeFileSync(out, text, "utf8");
      io.out(`${result.value.length} slips written to ${out}`);
    }
    return 0;
  } finally {
    await lib.db.$disconnect();
  }
}
