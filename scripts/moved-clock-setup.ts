// Runs the unit and component tests at another moment when SERVICELEDGER_TEST_CLOCK names one
// (an ISO instant, e.g. 2028-02-29T10:30:00Z). `npm test` uses it to prove the suite passes on
// any day: a leap day, New Year's Eve at 23:30 local time and two years ahead. Only `Date` is
// moved, and it keeps running, so timers and waits behave as usual.
import { vi } from 'vitest';

const moved = process.env.SERVICELEDGER_TEST_CLOCK;
if (moved) {
  const at = new Date(moved);
  if (Number.isNaN(at.getTime())) throw new Error(`SERVICELEDGER_TEST_CLOCK is not a date: ${moved}`);
  vi.useFakeTimers({ toFake: ['Date'], now: at, shouldAdvanceTime: true });
}
