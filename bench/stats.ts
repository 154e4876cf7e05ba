/** The q-quantile (0–1) of samples by nearest rank; NaN for no samples. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? Number.NaN;
}

/** Milliseconds rounded to three decimals (microseconds), for the report. */
export const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/** Times one async call in milliseconds. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/**
 * Samples this process's resident set size every few milliseconds while a case runs; the peak
 * is what the report shows (timers fire between awaits, so busy async loops are sampled too).
 */
export class RssSampler {
  private peak = process.memoryUsage.rss();
  private readonly timer: NodeJS.Timeout;

  constructor(everyMs = 10) {
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  private sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
  }

  /** Stops sampling; the peak in MiB. */
  stop(): number {
    this.sample();
    clearInterval(this.timer);
    return Math.round((this.peak / 2 ** 20) * 10) / 10;
  }
}

/** CPU time (user + system) of this process since `from`, in milliseconds. */
export function cpuMsSince(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

/** Wall and CPU milliseconds of one awaited call (CPU time of the whole process meanwhile). */
export async function measure(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const wall = await timed(fn);
  return { wall, cpu: cpuMsSince(cpu0) };
}

/**
 * Timed operations by key (query kind, script step) and by run. CPU time beside wall time
 * shows how much of a slow sample was this process working and how much waiting (timers, or
 * other processes on a shared machine).
 */
export class Samples {
  private readonly rows: { key: string; run: number; wall: number; cpu: number }[] = [];
  private run = 0;

  nextRun(): void {
    this.run++;
  }

  add(key: string, m: { wall: number; cpu: number }): void {
    this.rows.push({ key, run: this.run, ...m });
  }

  get size(): number {
    return this.rows.length;
  }

  wall(key?: string): number[] {
    return this.rows.filter((r) => key === undefined || r.key === key).map((r) => r.wall);
  }

  cpu(key?: string): number[] {
    return this.rows.filter((r) => key === undefined || r.key === key).map((r) => r.cpu);
  }

  keys(): string[] {
    return [...new Set(this.rows.map((r) => r.key))];
  }

  /** The q-quantile of wall time within each run, so run-to-run spread shows. */
  perRun(q: number): number[] {
    const runs = [...new Set(this.rows.map((r) => r.run))];
    return runs.map((run) =>
      round3(
        quantile(
          this.rows.filter((r) => r.run === run).map((r) => r.wall),
          q,
        ),
      ),
    );
  }

  /** p50/p99 of wall time and p50/p99 of CPU time, per key. */
  byKey(name: string) {
    return this.keys().map((key) => ({
      [name]: key,
      p50Ms: round3(quantile(this.wall(key), 0.5)),
      p99Ms: round3(quantile(this.wall(key), 0.99)),
      cpuP50Ms: round3(quantile(this.cpu(key), 0.5)),
      cpuP99Ms: round3(quantile(this.cpu(key), 0.99)),
    }));
  }
}
