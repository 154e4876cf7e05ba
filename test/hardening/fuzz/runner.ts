import fc from "fast-check";
import type { RunDetails } from "fast-check";
import type { Step } from "./inputs.ts";
import { stepsArb } from "./steps.ts";
import { describeSteps, runSteps } from "./run-steps.ts";
import type { FuzzRole } from "./run-steps.ts";
import type { FuzzSchool } from "./school-facts.ts";

export type { FuzzRole } from "./run-steps.ts";

/** Every role the fuzzer plays: the five demo members, a stranger, the linked class group. */
export const fuzzRoles: readonly FuzzRole[] = [
  "parent",
  "student",
  "teacher",
  "librarian",
  "helper",
  "unbound",
  "group",
];

export interface FuzzOptions {
  /** Runs (sequences of messages) to play. */
  numRuns: number;
  /** Pieces per run (single steps or flow starts), default 10; at most maxSteps + 6 messages. */
  maxSteps?: number;
  seed?: number;
  /**
   * "assert": stop at the first failing run, shrink it, and report it in `examples` (tests).
   * "count": play every run, count the failing ones, keep the first few (the bench).
   */
  mode: "assert" | "count";
  /** How many failing runs to keep in "count" mode (default 5). */
  keep?: number;
}

export interface FuzzExample {
  steps: string;
  violations: string[];
}

export interface FuzzOutcome {
  role: FuzzRole;
  runs: number;
  /** Messages and presses sent to Bot.handle (shrinking included). */
  inputs: number;
  /** Runs with at least one violated property. */
  failures: number;
  examples: FuzzExample[];
  durationMs: number;
  seed: number | undefined;
}

let strangers = 0;

/**
 * Fuzzes `Bot.handle` as one role with fast-check: runs of up to 16 messages (unicode, emoji,
 * control characters, 10 000-character lines, SQL and markup, digits in and out of range,
 * forged and replayed buttons, command words mid-dialog, desk commands with real and made-up
 * cards and barcodes, binding codes real and random), each checked by `runSteps`. An unbound
 * run is a new stranger account each time. Never throws: failures are in the outcome.
 */
export async function fuzzRole(
  school: FuzzSchool,
  role: FuzzRole,
  opts: FuzzOptions,
): Promise<FuzzOutcome> {
  const started = performance.now();
  const out: FuzzOutcome = {
    role,
    runs: 0,
    inputs: 0,
    failures: 0,
    examples: [],
    durationMs: 0,
    seed: opts.seed,
  };
  const keep = opts.keep ?? 5;
  let last: FuzzExample | undefined;
  const property = fc.asyncProperty(
    stepsArb(school.facts.material, opts.maxSteps),
    async (steps: Step[]) => {
      out.inputs += steps.length;
      const violations = await runSteps(school, role, steps, `fuzz-unbound-${(strangers += 1)}`);
      if (violations.length === 0) return true;
      last = { steps: describeSteps(steps), violations };
      if (opts.mode === "assert") return false;
      out.failures += 1;
      if (out.examples.length < keep) out.examples.push(last);
      return true;
    },
  );
  const details = await fc.check(property, {
    numRuns: opts.numRuns,
    ...(opts.seed === undefined ? {} : { seed: opts.seed }),
  });
  settle(out, details, last);
  out.durationMs = Math.round(performance.now() - started);
  return out;
}

/** Takes fast-check's verdict in: a failed (shrunk) run, or a property that threw. */
function settle(out: FuzzOutcome, details: RunDetails<[Step[]]>, last: FuzzExample | undefined) {
  out.runs = details.numRuns;
  out.seed = details.seed;
  if (!details.failed) return;
  out.failures = Math.max(out.failures, 1);
  if (last) out.examples = [last];
  if (details.errorInstance) {
    out.examples.push({ steps: "", violations: [String(details.errorInstance)] });
  }
}

/** A failing outcome in words, for a test's message. */
export function describeOutcome(o: FuzzOutcome): string {
  const lines = [`${o.role}: ${o.failures} failing of ${o.runs} runs (seed ${o.seed})`];
  for (const e of o.examples)
    lines.push(`  input: ${e.steps}`, ...e.violations.map((v) => `    - ${v}`));
  return lines.join("\n");
}
