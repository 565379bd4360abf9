#!/usr/bin/env node
// `npm run migrations:release`: after adding a migration, record its hash in
// electron/db/migrations/released-migrations.json and refresh schema.snapshot.sql. Recorded
// hashes are never changed: an edited released migration still fails the hygiene test.
import { spawnSync } from 'node:child_process';

const result = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit', 'electron/db/migrations/migration-hygiene.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, SERVICELEDGER_RELEASE_MIGRATIONS: '1' },
});
process.exit(result.status ?? 1);
