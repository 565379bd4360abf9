import { parseArgs } from 'node:util';

export interface BenchOptions {
  services: number;
  risks: number;
  runs: number;
  warmup: number;
  /** Reuse (or create and keep) this workspace instead of a temporary one. */
  db: string | null;
  /** Which generated services get an SLA; every service by default, so the SLA portfolio figure is full size. */
  slaCoverage: 'every-service' | 'live-customer-facing';
  /** Only the figures whose name contains one of these (all when empty). */
  only: string[];
}

export const BENCH_USAGE = `Usage: npm run bench -- [--services N] [--risks N] [--runs N] [--warmup N] [--db FILE]

  --services N   services in the generated workspace (default 5000)
  --risks N      risks in the generated workspace (default 100000)
  --runs N       timed runs per figure; the median and p95 are reported (default 15)
  --warmup N     untimed runs first (default 3)
  --db FILE      use this workspace; it is generated there first if it does not exist, and kept
  --sla-coverage every-service|live-customer-facing
                 which services get an SLA with 12 months of results (default every-service,
                 so the SLA portfolio is 5,000 services × 12 months)
  --only TEXT    only the figures whose name contains TEXT (repeatable), e.g. --only search`;

const DEFAULTS = { services: 5000, risks: 100_000, runs: 15, warmup: 3 };

function wholeNumber(raw: string | undefined, name: string, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || !Number.isSafeInteger(Number(raw))) {
    throw new Error(`--${name} must be a whole number${min > 0 ? ` of at least ${min}` : ''}, got "${raw}"`);
  }
  return Number(raw);
}

/** Parse the bench's command line; throws an Error with a message for the user on bad input. */
export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      services: { type: 'string' },
      risks: { type: 'string' },
      runs: { type: 'string' },
      warmup: { type: 'string' },
      db: { type: 'string' },
      'sla-coverage': { type: 'string' },
      only: { type: 'string', multiple: true },
    },
  });
  const coverage = values['sla-coverage'] ?? 'every-service';
  if (coverage !== 'every-service' && coverage !== 'live-customer-facing') {
    throw new Error(`--sla-coverage must be every-service or live-customer-facing, got "${coverage}"`);
  }
  return {
    services: wholeNumber(values.services, 'services', DEFAULTS.services, 0),
    risks: wholeNumber(values.risks, 'risks', DEFAULTS.risks, 0),
    runs: wholeNumber(values.runs, 'runs', DEFAULTS.runs, 1),
    warmup: wholeNumber(values.warmup, 'warmup', DEFAULTS.warmup, 0),
    db: values.db?.trim() ? values.db : null,
    slaCoverage: coverage,
    only: values.only ?? [],
  };
}
