/** Timing helpers of the benchmarks: plain arithmetic over samples in milliseconds. */

/** The p-th percentile (0–100) of the values, interpolating linearly between the two nearest ranks. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentile of no values');
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be between 0 and 100, got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

/** The middle value; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export interface Summary {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function summarise(samples: readonly number[]): Summary {
  return { runs: samples.length, median: median(samples), p95: percentile(samples, 95), min: Math.min(...samples), max: Math.max(...samples) };
}

export interface MeasureOptions {
  /** Timed runs. */
  runs: number;
  /** Untimed runs first, so caches, JIT and SQLite's page cache are warm. */
  warmup?: number;
  /** Untimed work before each run (e.g. closing what the run opens). */
  before?: () => unknown;
  /** Untimed work after each run. */
  after?: (result: unknown) => unknown;
  /** Milliseconds; injectable for tests. */
  clock?: () => number;
}

/** Run `fn` warm-up + `runs` times, awaiting it when it returns a promise; returns the timed runs' durations in ms. */
export async function measure(fn: () => unknown, options: MeasureOptions): Promise<number[]> {
  const clock = options.clock ?? (() => performance.now());
  const samples: number[] = [];
  const total = (options.warmup ?? 0) + options.runs;
  for (let run = 0; run < total; run += 1) {
    if (options.before) await options.before();
    const started = clock();
    let result = fn();
    if (result instanceof Promise) result = await result;
    const elapsed = clock() - started;
    if (options.after) await options.after(result);
    if (run >= total - options.runs) samples.push(elapsed);
  }
  return samples;
}
