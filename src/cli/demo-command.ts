import { parseArgs } from "node:util";
import { openLibrary } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { buildDemoSchool, demoMinimum } from "../demo/build.ts";
import type { DemoOptions, DemoSummary } from "../demo/build.ts";
import type { CliIo, ExitCode } from "./io.ts";
import { UsageError } from "./io.ts";

function count(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} expects a whole number, got "${value}"`);
  return Number(value);
}

function parseDemoArgs(args: string[]): DemoOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        students: { type: "string" },
        titles: { type: "string" },
        "past-loans": { type: "string" },
        seed: { type: "string" },
        reset: { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const opts: DemoOptions = { reset: values.reset };
  const fields = [
    ["students", values.students, "--students"],
    ["titles", values.titles, "--titles"],
    ["pastLoans", values["past-loans"], "--past-loans"],
    ["seed", values.seed, "--seed"],
  ] as const;
  for (const [key, raw, flag] of fields) {
    const n = count(raw, flag);
    if (n !== undefined) opts[key] = n;
  }
  return opts;
}

function report(s: DemoSummary, seconds: string): string[] {
  return [
    `demo school built in ${seconds} s (term ${s.term.name}, ${s.term.startsOn} – ${s.term.endsOn})`,
    `  classes   ${s.classes}`,
    `  students  ${s.students}`,
    `  teachers  ${s.teachers}`,
    `  titles    ${s.titles}`,
    `  copies    ${s.copies}`,
    `  loans     ${s.loans} (${s.openLoans} open)`,
    `  holds     ${s.holds}`,
    `  members   ${s.members} (console: demo-parent, demo-student, demo-teacher, demo-librarian, demo-helper)`,
  ];
}

/** `shuxiang demo [--students N] [--titles N] [--past-loans N] [--seed N] [--reset]` */
export async function demoCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const opts = parseDemoArgs(args);
  const lib = await openLibrary(loadConfig());
  try {
    const started = performance.now();
    const result = await buildDemoSchool(lib, opts);
    if (!result.ok && result.code === "not_empty") {
      io.err(
        "The database already holds a school (patrons or titles); the demo only fills an empty one.\n" +
          "Run `shuxiang demo --reset` to delete the school's data and build the demo instead.",
      );
      return 1;
    }
    if (!result.ok) {
      io.err(
        `The demo needs at least ${demoMinimum.students} students and ${demoMinimum.titles} titles.`,
      );
      return 1;
    }
    for (const line of report(result.value, ((performance.now() - started) / 1000).toFixed(1)))
      io.out(line);
    return 0;
  } finally {
    await lib.db.$disconnect();
  }
}
