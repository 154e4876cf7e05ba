import { openLibrary } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { buildDemoSchool, demoMinimum } from "../demo/build.ts";
import type { DemoOptions, DemoSummary } from "../demo/build.ts";
import { parseCommandArgs, wholeNumber } from "./args.ts";
import { padDisplay } from "../text-width.ts";
import type { CliIo, ExitCode } from "./io.ts";
import type { CliTexts } from "./texts.ts";

function parseDemoArgs(args: string[], tx: CliTexts): DemoOptions {
  const { values } = parseCommandArgs(tx, {
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
  });
  const opts: DemoOptions = { reset: values.reset };
  const fields = [
    ["students", values.students, "--students"],
    ["titles", values.titles, "--titles"],
    ["pastLoans", values["past-loans"], "--past-loans"],
    ["seed", values.seed, "--seed"],
  ] as const;
  for (const [key, raw, flag] of fields) {
    if (raw !== undefined) opts[key] = wholeNumber(tx, flag, raw);
  }
  return opts;
}

function report(tx: CliTexts, s: DemoSummary, seconds: string): string[] {
  const line = (key: keyof DemoSummary, extra = "") =>
    `  ${padDisplay(tx.demoCounts[key] ?? key, 10)}${String(s[key])}${extra}`;
  return [
    tx.demoBuilt(seconds, s.term.name, s.term.startsOn, s.term.endsOn),
    ...(["classes", "students", "teachers", "titles", "copies"] as const).map((k) => line(k)),
    line("loans", tx.demoOpen(s.openLoans)),
    line("holds"),
    line("members"),
    tx.demoConsole,
  ];
}

/**
 * `shuxiang demo [--students N] [--titles N] [--past-loans N] [--seed N] [--reset]`. `--reset`
 * is refused where a platform is configured: that database is the school's, served to people.
 */
export async function demoCommand(args: string[], io: CliIo, tx: CliTexts): Promise<ExitCode> {
  const opts = parseDemoArgs(args, tx);
  const config = loadConfig();
  if (opts.reset && (config.TELEGRAM_BOT_TOKEN || config.WECHATY_PUPPET)) {
    io.err(tx.demoResetServed);
    return 1;
  }
  const lib = await openLibrary(config);
  try {
    const started = performance.now();
    const result = await buildDemoSchool(lib, opts);
    if (!result.ok && result.code === "not_empty") {
      io.err(tx.demoNotEmpty);
      return 1;
    }
    if (!result.ok) {
      io.err(tx.demoTooSmall(demoMinimum.students, demoMinimum.titles));
      return 1;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    for (const line of report(tx, result.value, seconds)) io.out(line);
    return 0;
  } finally {
    await lib.db.$disconnect();
  }
}
