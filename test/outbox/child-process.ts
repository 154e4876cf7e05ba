import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");

/** Runs a TypeScript file in a fresh `node --import tsx` process from the repository root. */
export function spawnTs(script: string, args: string[]): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", resolve(root, script), ...args], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Waits for a child to exit; resolves with its stdout, rejects with its stderr on failure. */
export function finished(child: ChildProcess): Promise<string> {
  let out = "";
  let err = "";
  child.stdout?.on("data", (d: Buffer) => (out += String(d)));
  child.stderr?.on("data", (d: Buffer) => (err += String(d)));
  return new Promise((done, fail) => {
    child.on("error", fail);
    child.on("close", (code, signal) =>
      code === 0 ? done(out) : fail(new Error(`child exited ${code ?? signal}: ${err}`)),
    );
  });
}
