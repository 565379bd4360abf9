// The public entry of the suppliers feature: what other features may use. Everything else in this folder is its own
// business (lint: scripts/eslint/feature-boundaries.js).
export { ENDING_SOON_DAYS, contractStatus, pathForContract } from './contract-status';
