import type Database from 'better-sqlite3';

const DAY_MS = 86_400_000;

/**
 * What every demo builder shares: the database, the clock every date is relative to, and the
 * ids of records made by earlier builders, looked up by a readable key so the data files can
 * say "owner: 'priya'" or "services: ['SVC-016']" instead of numbers.
 */
export interface DemoContext {
  db: Database.Database;
  now: Date;
  people: Map<string, number>;
  services: Map<string, number>;
  suppliers: Map<string, number>;
  slas: Map<string, number>;
  risks: Map<string, number>;
}

export function createDemoContext(db: Database.Database, now: Date): DemoContext {
  return { db, now, people: new Map(), services: new Map(), suppliers: new Map(), slas: new Map(), risks: new Map() };
}

/** The calendar date (YYYY-MM-DD, UTC) `offset` days from `now`; negative is the past. */
export function dayFrom(now: Date, offset: number): string {
  return new Date(now.getTime() + offset * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A full ISO timestamp `offset` days from `now`, at a plausible office time so records made
 * on the same day do not all share one instant. Offset 0 is `now` itself.
 */
export function stampFrom(now: Date, offset: number, minutesPastNine = 0): string {
  if (offset === 0 && minutesPastNine === 0) return now.toISOString();
  const date = dayFrom(now, offset);
  return new Date(Date.parse(`${date}T09:00:00.000Z`) + minutesPastNine * 60_000).toISOString();
}

/** The month (YYYY-MM) `monthsAgo` months before the month of `now`; 1 is last month. */
export function periodFrom(now: Date, monthsAgo: number): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1));
  return date.toISOString().slice(0, 7);
}

/** Look a key up in one of the context maps; a typo in the demo data fails loudly, not as a NULL. */
export function idOf(map: Map<string, number>, key: string, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`demo data refers to unknown ${what} "${key}"`);
  return id;
}
