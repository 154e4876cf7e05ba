import { targets } from "./case-result.ts";
import type { CaseResult } from "./case-result.ts";
import { bigScale, scaledSchool } from "./school.ts";
import type { SchoolReady } from "./school.ts";
import { round3 } from "./stats.ts";

/**
 * The cases the bench also runs on the 4× school (8 000 pupils, 120 000 titles, 400 000 loans):
 * their lines are named like the 1× line with this suffix, and carry their growth from it.
 */
export const at4x = ` at ${bigScale}×`;

/** A case measured on the 4× school: its name marked, its scale noted. */
export function asScaledCase(c: CaseResult): CaseResult {
  return { ...c, name: c.name + at4x, scale: bigScale };
}

/** The 1× line a 4× line grows from (same name without the suffix, same database). */
export function twinOf(c: CaseResult, cases: readonly CaseResult[]): CaseResult | undefined {
  if (!c.name.endsWith(at4x)) return undefined;
  const name = c.name.slice(0, -at4x.length);
  return cases.find((o) => o.name === name);
}

/** The CPU figure of a case the growth compares, and what it is. */
const cpuFigures = [
  ["cpuMsPerTurnLoaded", "CPU ms per turn, all chats at once"],
  ["cpuMsPerQuery", "CPU ms per query (mean)"],
  ["cpuMsPerRun", "CPU ms per run (mean)"],
] as const;

export function cpuOf(c: CaseResult | undefined): { ms: number; what: string } | undefined {
  for (const [key, what] of cpuFigures) {
    const v = c?.details?.[key];
    if (typeof v === "number") return { ms: v, what };
  }
  return undefined;
}

/** 4× ÷ 1×, or undefined when either is missing or the 1× figure is 0. */
const ratio = (big: number | undefined, small: number | undefined): number | undefined =>
  big === undefined || small === undefined || !Number.isFinite(big) || !(small > 0)
    ? undefined
    : round3(big / small);

export interface Growth {
  p50?: number;
  p99?: number;
  cpu?: number;
  /** Which CPU figure the cpu growth compares. */
  cpuFigure?: string;
  /** When the 1× line was measured (it may be from an earlier run: `--only`). */
  oneXMeasuredAt?: string;
}

/** 4× ÷ 1× for p50, p99 and the case's CPU figure (missing figures left out). */
export function growthOf(big: CaseResult, small: CaseResult): Growth {
  const [cb, cs] = [cpuOf(big), cpuOf(small)];
  const g = {
    p50: ratio(big.p50Ms, small.p50Ms),
    p99: ratio(big.p99Ms, small.p99Ms),
    cpu: ratio(cb?.ms, cs?.ms),
    cpuFigure: cb?.what,
    oneXMeasuredAt: small.details?.["measuredAt"] as string | undefined,
  };
  return Object.fromEntries(Object.entries(g).filter(([, v]) => v !== undefined)) as Growth;
}

/**
 * The cases with every 4× line right after its 1× line, carrying its growth from it as the
 * cases stand now (`growthFrom1x` in its details); a 4× line without a 1× line stays as it is.
 */
export function withGrowth(cases: readonly CaseResult[]): CaseResult[] {
  const out: CaseResult[] = [];
  for (const small of cases.filter((c) => !c.name.endsWith(at4x))) {
    out.push(small);
    for (const big of cases.filter((c) => twinOf(c, cases) === small)) {
      out.push({ ...big, details: { ...big.details, growthFrom1x: growthOf(big, small) } });
    }
  }
  return [...out, ...cases.filter((c) => c.name.endsWith(at4x) && !twinOf(c, cases))];
}

const spaced = (n: number) => n.toLocaleString("en").replaceAll(",", " ");
const big = scaledSchool(bigScale);

export const schoolBuildName =
  `building the ${bigScale}× school (${spaced(big.students)} pupils, ` +
  `${spaced(big.titles)} titles, ${spaced(big.pastLoans)} loans)`;

/**
 * The 4× school's build as a case, against the 3 minutes of wall time (its CPU time
 * beside it: on a shared machine the wall time is what the load left): built in this run (in
 * the bench's own process, so its peak RSS is the build's), or reused with its earlier times.
 */
export function schoolBuildCase(ready: SchoolReady, loadAvg1m: number[]): CaseResult {
  const ms = ready.buildMs;
  return {
    name: schoolBuildName,
    target: `≤ ${targets.school4xBuildMs / 60_000} min`,
    met: ms > 0 && ms <= targets.school4xBuildMs,
    p50Ms: ms,
    p99Ms: ms,
    peakRssMiB: ready.built ? Math.round(process.resourceUsage().maxRSS / 102.4) / 10 : Number.NaN,
    runs: 1,
    samples: 1,
    note: ready.built
      ? "built in this run: planned in memory (src/demo), then written in one transaction in multi-row inserts (src/db/demo-repo.ts)"
      : "reused: the time its build took earlier today (its marker in bench/.data)",
    details: {
      built: ready.built,
      cpuMs: ready.buildCpuMs,
      ...big,
      loadAvg1m,
      measuredAt: new Date().toISOString().slice(0, 16),
    },
  };
}
