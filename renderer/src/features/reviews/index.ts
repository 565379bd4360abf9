// The public entry of the reviews feature: what other features may use. Everything else in this folder is its own
// business (lint: scripts/eslint/feature-boundaries.js).
export { ReviewsClock } from './ReviewsClock';
export { useMyReviewCounts } from './use-review-counts';
