// Browser tests that enter or check dates run the app on a pinned clock, so they pass on any day
// and in any time zone: the app's "today" and the test's expected dates come from one instant.
// Noon UTC is the same calendar date from UTC−11 to UTC+11, wherever the machine is.

/** The instant the app's clock starts at (SERVICELEDGER_NOW) in these tests. */
export const E2E_NOW = '2026-11-24T12:00:00.000Z';

/** The environment that starts `serviceledger` (serve, demo, generate) on that clock. */
export const PINNED_CLOCK_ENV = { SERVICELEDGER_NOW: E2E_NOW } as const;

/** The app's today plus `offset` days, as YYYY-MM-DD. */
export function day(offset: number): string {
  return new Date(Date.parse(E2E_NOW) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** The month before the app's current one, as YYYY-MM (the last complete reporting month). */
export function lastMonth(): string {
  const now = new Date(E2E_NOW);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
}
