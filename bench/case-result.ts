/** One measured case as bench/results.json stores it. */
export interface CaseResult {
  name: string;
  /** The target in words, as the issue states it. */
  target: string;
  met: boolean;
  p50Ms: number;
  p99Ms: number;
  throughputPerS?: number;
  /** Highest resident set size of the process that ran the case, sampled while it ran. */
  peakRssMiB: number;
  /** Measured runs after the warm-up. */
  runs: number;
  /** How many timed operations the percentiles are over. */
  samples: number;
  note?: string;
  /** Case-specific figures (baseline, speed-up, CPU per turn, latency under load, …). */
  details?: Record<string, unknown>;
  /** The database it ran on, for the cases measured on both (default SQLite). */
  database?: "SQLite" | "PostgreSQL";
  /** Why the case did not run on this machine (no PostgreSQL reachable); its figures are empty. */
  notRun?: string;
  /** The school it ran on, as a multiple of the 2 000-pupil school (default 1). */
  scale?: number;
}

/** The targets of the issue, in one place so the report and the checks agree. */
export const targets = {
  /** Dialog turn: CPU per turn, and at most this many times the grammY peer's in the same run. */
  dialogCpuMs: 0.5,
  dialogCpuPerGrammy: 3,
  /** One turn at a time. */
  dialogP50Ms: 1.5,
  dialogP99Ms: 3,
  /** With 50 chats at once on one core. */
  dialogLoadedP99Ms: 20,
  dialogTurnsPerS: 2000,
  /** New and repeated queries, at 1× and at 4×. */
  searchP99Ms: 5,
  /** The daily reminder job over the whole school: time and peak RSS at 1×, time at 4×. */
  reminderMs: 2000,
  reminderRssMB: 256,
  reminder4xMs: 5000,
  /** Building the 4× school (8 000 pupils, 120 000 titles, 400 000 loans). */
  school4xBuildMs: 180_000,
  startupMs: 1000,
  idleRssMB: 200,
} as const;

/**
 * Cases that come with later issues; the report lists them as not yet measured so their place
 * is clear. Add a runner in bench/case-process.ts and move the entry to a measured case.
 */
export const pendingCases: { name: string; comesWith: string }[] = [];
