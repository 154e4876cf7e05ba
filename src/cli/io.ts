import type { Readable } from "node:stream";

/** What a CLI command talks to; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  stdin: Readable;
  isTty: boolean;
}

/** A command's exit status. */
export type ExitCode = 0 | 1 | 2;

export class UsageError extends Error {
  override name = "UsageError";
}
