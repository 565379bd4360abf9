import { AppError } from '../../shared/api/errors';

/**
 * The app's one clock. Everything that stamps or compares a time asks it, never `new Date()`,
 * so a test or a demo can run the whole app at another moment.
 *
 * `SERVICELEDGER_NOW` (an ISO instant) starts the clock at that moment; it then runs on in real
 * time, so hourly work still happens. Browser tests use it to see reviews become due and overdue.
 */
export interface AppClock {
  now(): Date;
}

export const systemClock: AppClock = { now: () => new Date() };

/** A clock that starts at `start` and runs on from there. */
export function clockStartingAt(start: Date, realNow: () => number = Date.now): AppClock {
  const offset = start.getTime() - realNow();
  return { now: () => new Date(realNow() + offset) };
}

/** A clock that always answers `instant` (tests). */
export function fixedClock(instant: string | Date): AppClock {
  const at = new Date(instant);
  return { now: () => new Date(at) };
}

/** The system clock, or the one `SERVICELEDGER_NOW` asks for. */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): AppClock {
  const pinned = env.SERVICELEDGER_NOW;
  if (!pinned) return systemClock;
  const start = new Date(pinned);
  if (Number.isNaN(start.getTime())) {
    throw new AppError('invalid_input', `SERVICELEDGER_NOW must be an ISO date and time such as 2027-03-01T09:00:00Z, not "${pinned}".`);
  }
  return clockStartingAt(start);
}

/** This process's own time zone: the desktop user's, since the window runs on the same computer. */
export function localTimeZone(): string {
  // Resolving the zone builds an ICU formatter (~0.1 ms); every call without a zone header asks.
  cachedLocalZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return cachedLocalZone;
}
let cachedLocalZone: string | undefined;
