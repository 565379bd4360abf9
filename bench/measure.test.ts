import { describe, expect, it } from 'vitest';
import { measure, median, percentile, summarise } from './measure';

describe('percentile and median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5])).toBe(5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interpolates between ranks and does not reorder its input', () => {
    const values = [10, 50, 20, 40, 30];
    expect(percentile(values, 0)).toBe(10);
    expect(percentile(values, 100)).toBe(50);
    expect(percentile(values, 25)).toBe(20);
    expect(percentile(values, 90)).toBeCloseTo(46);
    expect(
      percentile(
        Array.from({ length: 20 }, (_, i) => i + 1),
        95,
      ),
    ).toBeCloseTo(19.05);
    expect(values).toEqual([10, 50, 20, 40, 30]);
  });

  it('refuses no values and percentiles outside 0–100', () => {
    expect(() => median([])).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });

  it('summarises samples', () => {
    expect(summarise([4, 1, 3, 2])).toEqual({ runs: 4, median: 2.5, p95: expect.closeTo(3.85, 10), min: 1, max: 4 });
  });
});

describe('measure', () => {
  it('calls the function warm-up + runs times and returns one duration per timed run', async () => {
    let calls = 0;
    let before = 0;
    let after = 0;
    let time = 0;
    const samples = await measure(
      () => {
        calls += 1;
        time += calls; // the n-th call "takes" n ms
      },
      { runs: 4, warmup: 2, clock: () => time, before: () => (before += 1), after: () => (after += 1) },
    );
    expect(calls).toBe(6);
    expect(before).toBe(6);
    expect(after).toBe(6);
    expect(samples).toEqual([3, 4, 5, 6]);
  });

  it('awaits functions that return a promise and hands the result to after', async () => {
    const results: unknown[] = [];
    let settled = 0;
    const samples = await measure(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        settled += 1;
        return settled;
      },
      { runs: 3, after: (result) => results.push(result) },
    );
    expect(samples).toHaveLength(3);
    expect(samples.every((ms) => ms >= 0)).toBe(true);
    expect(results).toEqual([1, 2, 3]);
  });
});
