import { ConfigError } from "../core/errors.ts";
import type { CliIo, ExitCode } from "./io.ts";
import { UsageError } from "./io.ts";

export type Command = (args: string[], io: CliIo) => Promise<ExitCode>;

/** Subcommands load lazily so `shuxiang codes` never pays for the chat or the demo data. */
const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  import: {
    summary: "import catalog|roster|rota FILE   load a CSV or .xlsx file",
    load: async () => (await import("./import-command.ts")).importCommand,
  },
  codes: {
    summary: "codes CLASS|--teachers|--librarian [--out FILE]   print binding-code slips",
    load: async () => (await import("./codes-command.ts")).codesCommand,
  },
  chat: {
    summary:
      "chat [--as parent|student|teacher|librarian|helper]   talk to the bot as a demo member",
    load: () => Promise.reject(new UsageError("chat runs from the shuxiang binary (src/main.ts)")),
  },
  demo: {
    summary: "demo [--students N --titles N]   build the demo school",
    load: async () => (await import("./demo-command.ts")).demoCommand,
  },
  jobs: {
    summary: "jobs list | jobs run NAME [--at ISO-TIME]   scheduled jobs: list, run one now",
    load: async () => (await import("./jobs-command.ts")).jobsCommand,
  },
  backup: {
    summary: "backup FILE   a consistent copy of the database, taken while the bot runs",
    load: async () => (await import("./backup-command.ts")).backupCommand,
  },
  outbox: {
    summary: "outbox [--dead N]   outbound messages by status, newest dead rows",
    load: async () => (await import("./outbox-command.ts")).outboxCommand,
  },
};

export const usage = () =>
  [
    "usage: shuxiang <command>",
    ...Object.values(commands).map((c) => `  shuxiang ${c.summary}`),
  ].join("\n");

/**
 * Runs one admin command; returns the exit code instead of exiting so tests can call it.
 * `composed` supplies commands that need adapters (the terminal chat), wired by src/main.ts.
 */
export async function runCli(
  argv: string[],
  io: CliIo,
  composed: Record<string, Command> = {},
): Promise<ExitCode> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!name || !command) {
    io.err(usage());
    return 2;
  }
  try {
    return await (composed[name] ?? (await command.load()))(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n${usage()}`);
      return 2;
    }
    if (e instanceof ConfigError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
}
