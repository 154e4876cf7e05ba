import { systemActor } from "../src/core/actor.ts";
import { likeScanSearch, searchTitles } from "../src/core/catalog/search.ts";
import type { Library } from "../src/core/library.ts";
import { targets } from "./case-result.ts";
import type { CaseResult } from "./case-result.ts";
import { querySets } from "./search-queries.ts";
import type { Query } from "./search-queries.ts";
import { quantile, round3, RssSampler, timed } from "./stats.ts";

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
type Times = Map<string, number[]>;

/** One pass over the queries (a first page of 10, as the dialogs ask), timed by query kind. */
async function pass(lib: Library, search: Search, queries: Query[], into: Times) {
  for (const q of queries) {
    const ms = await timed(async () => {
      const r = await search(lib, systemActor, q.text, { limit: 10 });
      if (!r.ok || r.value.total === 0) throw new Error(`bench query ${q.text} found nothing`);
    });
    into.set(q.kind, [...(into.get(q.kind) ?? []), ms]);
  }
}

const all = (m: Times): number[] => [...m.values()].flat();
const p = (xs: number[], q: number) => round3(quantile(xs, q));

function byKind(index: Times, like?: Times) {
  return [...index.keys()].map((kind) => ({
    kind,
    p50Ms: p(index.get(kind) ?? [], 0.5),
    p99Ms: p(index.get(kind) ?? [], 0.99),
    ...(like
      ? { likeP50Ms: p(like.get(kind) ?? [], 0.5), likeP99Ms: p(like.get(kind) ?? [], 0.99) }
      : {}),
  }));
}

function searchResult(name: string, times: Times, runs: number, rss: number): CaseResult {
  const xs = all(times);
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
  const scratch: Times = new Map();
  for (let i = 0; i < opts.warmupPasses; i++) {
    for (const set of [fresh, repeat]) await pass(lib, searchTitles, set, scratch);
    await pass(lib, likeScanSearch, fresh, scratch);
  }
  const rss = new RssSampler();
  const [newT, repeatT, likeT]: [Times, Times, Times] = [new Map(), new Map(), new Map()];
  for (let r = 0; r < opts.runs; r++) {
    for (let i = 0; i < opts.freshPasses; i++) await pass(lib, searchTitles, fresh, newT);
    for (let i = 0; i < opts.repeatPasses; i++) await pass(lib, searchTitles, repeat, repeatT);
    for (let i = 0; i < opts.likePasses; i++) await pass(lib, likeScanSearch, fresh, likeT);
  }
  const peak = rss.stop();
  const like = all(likeT);
  const first = searchResult("search, new queries (index)", newT, opts.runs, peak);
  const speedup = (q: number) => quantile(like, q) / quantile(all(newT), q);
  first.note = `LIKE '%…%' scan of the same queries: p50 ${p(like, 0.5)} ms, p99 ${p(like, 0.99)} ms — index ×${speedup(0.5).toFixed(1)} faster at p50, ×${speedup(0.99).toFixed(1)} at p99`;
  first.details = {
    queries: fresh.length,
    likeP50Ms: p(like, 0.5),
    likeP99Ms: p(like, 0.99),
    likeSamples: like.length,
    speedupP50: round3(speedup(0.5)),
    speedupP99: round3(speedup(0.99)),
    byKind: byKind(newT, likeT),
  };
  const second = searchResult("search, repeated queries (remembered)", repeatT, opts.runs, peak);
  second.note = `${repeat.length} queries asked again and again`;
  second.details = { byKind: byKind(repeatT) };
  return [first, second];
}
