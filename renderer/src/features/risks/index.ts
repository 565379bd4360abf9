// The public entry of the risks feature: what other features may use. Everything else in this folder is its own
// business (lint: scripts/eslint/feature-boundaries.js).
export { BASIS_LABELS, RiskHeatmap, textOn } from './heatmap/RiskHeatmap';
