// The public entry of the catalogue-io feature: what other features may use. Everything else in this folder is its own
// business (lint: scripts/eslint/feature-boundaries.js).
export { CatalogueIoActions } from './CatalogueIoActions';
