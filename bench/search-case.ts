import { systemActor } from "../src/core/actor.ts";
import { likeScanSearch, searchTitles } from "../src/core/catalog/search.ts";
import type { Library } from "../src/core/library.ts";
import { targets } from "./case-result.ts";
import type { CaseResult } from "./case-result.ts";
import { querySets } from "./search-queries.ts";
import type { Query } from "./search-queries.ts";
import { measure, quantile, round3, RssSampler, Samples } from "./stats.ts";

export interface SearchCaseOptions {
  /** Passes over both query sets, with the index and the LIKE scan, before timing. */
  warmupPasses: number;
  runs: number;
  /** Passes per run over the fresh set with the index, the repeat set, and the LIKE scan. */
  freshPasses: number;
  repeatPasses: number;
  likePasses: number;
}

export const fullSearchCase: SearchCaseOptions = {
  warmupPasses: 3,
  runs: 5,
  freshPasses: 10,
  repeatPasses: 40,
  likePasses: 2,
};

type Search = typeof searchTitles;

/** One pass over the queries (a first page of 10, as the dialogs ask), timed by query kind. */
async function pass(lib: Library, search: Search, queries: Query[], into: Samples) {
  for (const q of queries) {
    const m = await measure(async () => {
      const r = await search(lib, systemActor, q.text, { limit: 10 });
      if (!r.ok || r.value.total === 0) throw new Error(`bench query ${q.text} found nothing`);
    });
    into.add(q.kind, m);
  }
}

const p = (xs: number[], q: number) => round3(quantile(xs, q));

function searchResult(name: string, s: Samples, runs: number, rss: number): CaseResult {
  const xs = s.wall();
  const p99 = quantile(xs, 0.99);
  return {
    name,
    target: `p99 ≤ ${targets.searchP99Ms} ms`,
    met: p99 <= targets.searchP99Ms,
    p50Ms: p(xs, 0.5),
    p99Ms: round3(p99),
    throughputPerS: Math.round(xs.length / (xs.reduce((a, b) => a + b, 0) / 1000)),
    peakRssMiB: rss,
    runs,
    samples: xs.length,
    details: {
      cpuMsPerQuery: round3(s.cpu().reduce((a, b) => a + b, 0) / xs.length),
      cpuP50Ms: p(s.cpu(), 0.5),
      cpuP99Ms: p(s.cpu(), 0.99),
      p99MsPerRun: s.perRun(0.99),
      byKind: s.byKey("kind"),
    },
  };
}

function withBaseline(r: CaseResult, index: Samples, like: Samples): CaseResult {
  const [i, l] = [index.wall(), like.wall()];
  const speedup = (q: number) => quantile(l, q) / quantile(i, q);
  return {
    ...r,
    note:
      `LIKE '%…%' scan of the same queries: ` +
      `p50 ${p(l, 0.5)} ms, p99 ${p(l, 0.99)} ms — the index is ` +
      `×${speedup(0.5).toFixed(1)} faster at p50, ×${speedup(0.99).toFixed(1)} at p99`,
    details: {
      ...r.details,
      speedupP50: round3(speedup(0.5)),
      speedupP99: round3(speedup(0.99)),
      likeP50Ms: p(l, 0.5),
      likeP99Ms: p(l, 0.99),
      likeSamples: l.length,
      likeByKind: like.byKey("kind"),
    },
  };
}

/**
 * Search by title words, pinyin, initials, ISBN-13/-10 and author with `searchTitles` (the
 * in-memory index): queries it has not seen lately (every call matches all titles) and
 * repeated ones (remembered answers), against `likeScanSearch` (`LIKE '%…%'` over the same
 * table) on the fresh set in the same runs. Throughput is one call after another.
 */
export async function runSearchCase(
  lib: Library,
  opts: SearchCaseOptions = fullSearchCase,
): Promise<CaseResult[]> {
  const { fresh, repeat } = await querySets(lib);
  const scratch = new Samples();
  for (let i = 0; i < opts.warmupPasses; i++) {
    for (const set of [fresh, repeat]) await pass(lib, searchTitles, set, scratch);
    await pass(lib, likeScanSearch, fresh, scratch);
  }
  const rss = new RssSampler();
  const [newS, repeatS, likeS] = [new Samples(), new Samples(), new Samples()];
  for (let r = 0; r < opts.runs; r++) {
    for (const s of [newS, repeatS, likeS]) s.nextRun();
    for (let i = 0; i < opts.freshPasses; i++) await pass(lib, searchTitles, fresh, newS);
    for (let i = 0; i < opts.repeatPasses; i++) await pass(lib, searchTitles, repeat, repeatS);
    for (let i = 0; i < opts.likePasses; i++) await pass(lib, likeScanSearch, fresh, likeS);
  }
  const peak = rss.stop();
  const first = searchResult("search, new queries (index)", newS, opts.runs, peak);
  const second = searchResult("search, repeated queries (remembered)", repeatS, opts.runs, peak);
  second.note = `${repeat.length} queries asked again and again`;
  return [withBaseline(first, newS, likeS), second];
}
