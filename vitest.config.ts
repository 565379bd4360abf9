import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
          // A busy 2-core machine can take seconds for a test that spawns the CLI or builds a workspace.
          testTimeout: 20_000,
          // Files share their worker's modules (zod, the contract, exceljs, pdfmake) instead of
          // importing them afresh for each file: 34 s against 108 s on 2 cores. Every test opens
          // its own workspace file and app on its own clock, so nothing carries between files.
          isolate: false,
          setupFiles: ['scripts/moved-clock-setup.ts'],
          globalSetup: ['scripts/result-schemas-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['renderer/**/*.test.tsx', 'renderer/**/*.test.ts'],
          environment: 'happy-dom',
          testTimeout: 20_000,
          // Files share their worker's modules instead of importing React, Mantine and the app
          // afresh for each one: the project runs in about a third of the time (measured 98 s
          // against 281 s on 2 cores). Safe because renderer/src/test/setup.ts resets what the
          // screens keep at module level (the DOM, notifications, the palette, the clock) after
          // every test, and each renderApp() builds its own API client and query cache.
          isolate: false,
          setupFiles: ['scripts/moved-clock-setup.ts', 'renderer/src/test/setup.ts'],
          globalSetup: ['scripts/result-schemas-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time: much of a browser test is waiting (a host starting, a page settling),
          // so two overlap well on 2 cores; each file has its own host on its own port and home.
          maxWorkers: 2,
          setupFiles: ['e2e/support/setup.ts'],
        },
      },
      // Team-sync tests against a throwaway PostgreSQL 15 cluster (project "team"), defined once in
      // its own file so `npm run test:team` runs it alone.
      './vitest.team.config.ts',
    ],
  },
});
