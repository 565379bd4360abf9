import { defineConfig } from 'vitest/config';

/**
 * Team-sync tests against a real, throwaway PostgreSQL 15 cluster (`electron/team/test/pg-cluster.ts`).
 * The project "team" of vitest.config.ts (so part of `npm test`, which CI runs after `.ci/run`
 * installs Debian's postgresql-15); `npm run test:team` runs it alone.
 */
export default defineConfig({
  test: {
    name: 'team',
    include: ['electron/team/**/*.pg-test.ts'],
    environment: 'node',
    // initdb and pg_ctl start take a few seconds on a busy 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Each file starts its own cluster: one file at a time keeps the machine usable.
    maxWorkers: 1,
  },
});
