import '@testing-library/jest-dom/vitest';
import { notifications } from '@mantine/notifications';
import { spotlight } from '@mantine/spotlight';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, expect } from 'vitest';
import { syncAppClock } from '../lib/app-clock';
import { TEST_NOW } from './fixtures';
import { takeContractViolations } from './fake-api';

// On a 2-core CI machine running the unit project alongside, a screen can take over a second to
// settle; findBy* waits up to 5 s so load never fails a correct test.
configure({ asyncUtilTimeout: 5_000 });

// Screens read "today" from the app's clock; pin it so a test means the same on any day.
beforeEach(() => syncAppClock(TEST_NOW));

afterEach(() => {
  const violations = takeContractViolations();
  cleanup();
  // Mantine keeps notifications and the palette's open state in module-level stores.
  notifications.clean();
  spotlight.close();
  // A screen that sent an input the real API would refuse, or a fixture the real API would never
  // return, fails the test, even if the screen showed the error nicely.
  expect(violations, `Contract violations:\n${violations.join('\n')}`).toEqual([]);
});
