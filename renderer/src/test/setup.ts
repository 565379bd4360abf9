import '@testing-library/jest-dom/vitest';
import { notifications } from '@mantine/notifications';
import { spotlight } from '@mantine/spotlight';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// On a 2-core CI machine running the unit project alongside, a screen can take over a second to
// settle; findBy* waits up to 5 s so load never fails a correct test.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  // Mantine keeps notifications and the palette's open state in module-level stores.
  notifications.clean();
  spotlight.close();
});
