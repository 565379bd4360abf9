import { afterAll } from 'vitest';
import { stopAllServedApps } from './served-app';

// Whatever a browser test file did or failed at (a browser that would not start, a hook that
// threw), no `serviceledger serve` it started outlives it.
afterAll(async () => {
  await stopAllServedApps();
});
