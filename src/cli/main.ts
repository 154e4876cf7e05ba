import { runCli } from "./index.ts";

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
  stdin: process.stdin,
  isTty: Boolean(process.stdin.isTTY),
});
process.exitCode = code;
