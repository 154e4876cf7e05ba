import { loadConfig } from "../config.ts";
import { ConfigError } from "../core/errors.ts";
import type { Locale } from "../locale.ts";
import { commandHelp, generalHelp } from "./help.ts";
import type { CommandName } from "./help-zh.ts";
import type { CliIo, ExitCode } from "./io.ts";
import { UsageError } from "./io.ts";
import { cliTexts } from "./texts.ts";
import type { CliTexts } from "./texts.ts";

export type Command = (args: string[], io: CliIo, tx: CliTexts) => Promise<ExitCode>;

/** Subcommands load lazily so `shuxiang codes` never pays for the chat or the demo data. */
const commands: Record<CommandName, () => Promise<Command>> = {
  import: async () => (await import("./import-command.ts")).importCommand,
  codes: async () => (await import("./codes-command.ts")).codesCommand,
  export: async () => (await import("./export-command.ts")).exportCommand,
  jobs: async () => (await import("./jobs-command.ts")).jobsCommand,
  backup: async () => (await import("./backup-command.ts")).backupCommand,
  health: async () => (await import("./health-command.ts")).healthCommand,
  outbox: async () => (await import("./outbox-command.ts")).outboxCommand,
  migrate: async () => (await import("./migrate-command.ts")).migrateCommand,
  demo: async () => (await import("./demo-command.ts")).demoCommand,
  chat: () => Promise.reject(new Error("chat runs from the shuxiang binary (src/main.ts)")),
};

const isCommand = (name: string): name is CommandName => Object.hasOwn(commands, name);
const isHelp = (arg: string) => arg === "--help" || arg === "-h";

/** `--lang zh|en` (anywhere) taken out of argv; "bad" when its value is neither. */
function takeLang(argv: string[]): { lang?: Locale | "bad"; value?: string; rest: string[] } {
  const rest: string[] = [];
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--lang") value = argv[++i] ?? "";
    else if (arg.startsWith("--lang=")) value = arg.slice(7);
    else rest.push(arg);
  }
  if (value === undefined) return { rest };
  const lang = /^zh(-cn)?$/i.test(value) ? "zh-CN" : /^en/i.test(value) ? "en" : "bad";
  return { lang, value, rest };
}

/** The school's DEFAULT_LOCALE, or Chinese when the configuration cannot be read. */
function schoolLocale(): Locale {
  try {
    return loadConfig().DEFAULT_LOCALE;
  } catch {
    return "zh-CN";
  }
}

/**
 * Runs one admin command; returns the exit code instead of exiting so tests can call it.
 * Speaks Chinese unless `--lang en` or the school's DEFAULT_LOCALE says English; `--help` or
 * `-h` anywhere (or `help COMMAND`) prints the help of the command (or of the CLI) instead of
 * running it.
 * `composed` supplies commands that need adapters (the terminal chat), wired by src/main.ts.
 */
export async function runCli(
  argv: string[],
  io: CliIo,
  composed: Partial<Record<string, Command>> = {},
): Promise<ExitCode> {
  const { lang, value, rest } = takeLang(argv);
  const tx = cliTexts(lang === undefined || lang === "bad" ? schoolLocale() : lang);
  if (lang === "bad") {
    io.err(tx.badLang(value ?? ""));
    return 2;
  }
  const [name, ...args] = rest;
  const about = args[0];
  if (name === "help" && about !== undefined && isCommand(about)) {
    io.out(commandHelp(tx, about));
    return 0;
  }
  if (name === undefined || isHelp(name) || name === "help") {
    (name === undefined ? io.err : io.out)(generalHelp(tx));
    return name === undefined ? 2 : 0;
  }
  if (!isCommand(name)) {
    io.err(`${tx.unknownCommand(name)}\n\n${generalHelp(tx)}`);
    return 2;
  }
  if (args.some(isHelp)) {
    io.out(commandHelp(tx, name));
    return 0;
  }
  return runCommand(name, args, io, tx, composed[name]);
}

async function runCommand(
  name: CommandName,
  args: string[],
  io: CliIo,
  tx: CliTexts,
  composed: Command | undefined,
): Promise<ExitCode> {
  try {
    return await (composed ?? (await commands[name]()))(args, io, tx);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n${tx.usageLine(tx.help.commands[name].usage)}\n${tx.helpHint(name)}`);
      return 2;
    }
    if (e instanceof ConfigError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
}
