import { execFileSync } from "node:child_process";
import { cpus, freemem, loadavg, totalmem } from "node:os";

export interface Machine {
  cpus: number;
  model: string;
  memGiB: number;
  freeMemGiB: number;
  node: string;
  platform: string;
  /** 1/5/15-minute load averages when the bench started (the machine may be shared). */
  loadAvgAtStart: number[];
}

const gib = (bytes: number): number => Math.round((bytes / 2 ** 30) * 10) / 10;

export const loadAverage = (): number[] => loadavg().map((l) => Math.round(l * 100) / 100);

/** What the numbers were measured on. */
export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpus: list.length,
    model: list[0]?.model.trim() ?? "unknown",
    memGiB: gib(totalmem()),
    freeMemGiB: gib(freemem()),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadAvgAtStart: loadAverage(),
  };
}

function git(args: string[], cwd: string): string | null {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

/** HEAD's hash ("uncommitted" without one) and whether the work tree differs from it. */
export function describeCommit(cwd: string): { commit: string; dirty: boolean } {
  const head = git(["rev-parse", "HEAD"], cwd);
  const status = git(["status", "--porcelain", "--untracked-files=no"], cwd);
  return { commit: head ?? "uncommitted", dirty: Boolean(status) };
}
