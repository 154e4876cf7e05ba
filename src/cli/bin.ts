import { runCli } from "./index.ts";
import type { CliIo } from "./io.ts";

/**
 * The entry of `npx shuxiang COMMAND` for the admin commands (bin/shuxiang.js runs its build,
 * dist/cli/bin.js): it loads no adapter, dialog or chat code, so a command starts faster than
 * through src/main.ts, which the bot and `shuxiang chat` use.
 */
const io: CliIo = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
  stdin: process.stdin,
  isTty: Boolean(process.stdin.isTTY),
};

process.exitCode = await runCli(process.argv.slice(2), io);
