// The public entry of the settings feature: what other features may use. Everything else in this folder is its own
// business (lint: scripts/eslint/feature-boundaries.js).
export { BackupsTable } from './backups/BackupsTable';
export { useRestore } from './backups/use-restore';
