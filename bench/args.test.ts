import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './args';

describe('parseBenchArgs', () => {
  it('defaults to 5,000 services, 100,000 risks and 15 runs in a temporary workspace', () => {
    expect(parseBenchArgs([])).toEqual({ services: 5000, risks: 100_000, runs: 15, warmup: 3, db: null, slaCoverage: 'every-service', only: [] });
  });

  it('reads every flag', () => {
    expect(
      parseBenchArgs([
        '--risks',
        '10',
        '--services',
        '2',
        '--runs',
        '5',
        '--warmup',
        '0',
        '--db',
        'x.sqlite',
        '--sla-coverage',
        'live-customer-facing',
        '--only',
        'search',
        '--only',
        'import',
      ]),
    ).toEqual({
      services: 2,
      risks: 10,
      runs: 5,
      warmup: 0,
      db: 'x.sqlite',
      slaCoverage: 'live-customer-facing',
      only: ['search', 'import'],
    });
    expect(parseBenchArgs(['--only', 'Reviews.']).only).toEqual(['Reviews.']);
  });

  it('refuses bad numbers and unknown flags', () => {
    expect(() => parseBenchArgs(['--risks', 'many'])).toThrow('--risks must be a whole number');
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow('--runs must be a whole number of at least 1');
    expect(() => parseBenchArgs(['--fast'])).toThrow();
    expect(() => parseBenchArgs(['--sla-coverage', 'some'])).toThrow('--sla-coverage must be every-service or live-customer-facing');
  });
});
