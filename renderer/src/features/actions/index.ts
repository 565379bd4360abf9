// The public entry of the actions feature: what other features may use. Everything else in this folder is its own
// business (lint: scripts/eslint/feature-boundaries.js).
export { ACTION_STATUS_COLOR, ACTION_STATUS_LABEL } from './action-labels';
