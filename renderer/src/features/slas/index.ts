// The public entry of the slas feature: what other features may use. Everything else in this folder is its own
// business (lint: scripts/eslint/feature-boundaries.js).
export { periodLabel, withUnit } from './common/SlaBadges';
export { ContractTargetsModal } from './targets/ContractTargetsModal';
