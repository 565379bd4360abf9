import { describe, expect, it } from 'vitest';
import { importProgressText } from './ImportProgressPanel';

describe('import progress in words', () => {
  it('says the phase, then the rows written of all with a share, then that it is finishing', () => {
    expect(importProgressText({ phase: 'reading', done: 0, total: null }, 'risk')).toEqual({ title: 'Reading the file…', percent: null });
    expect(importProgressText({ phase: 'checking', done: 0, total: 100_000 }, 'risk').title).toMatch(/^Checking 100.000 risks…$/);
    const writing = importProgressText({ phase: 'writing', done: 42_000, total: 100_000 }, 'risk');
    expect(writing.title).toMatch(/^Writing 42.000 of 100.000 risks \(one transaction: all or nothing\)$/);
    expect(writing.percent).toBe(42);
    expect(importProgressText({ phase: 'done', done: 1, total: 1 }, 'service')).toEqual({ title: 'Written 1 service; finishing…', percent: 100 });
  });
});
