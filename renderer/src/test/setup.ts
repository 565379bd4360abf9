import '@testing-library/jest-dom/vitest';
import { notifications } from '@mantine/notifications';
import { spotlight } from '@mantine/spotlight';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // Mantine keeps notifications and the palette's open state in module-level stores.
  notifications.clean();
  spotlight.close();
});
