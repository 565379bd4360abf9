// The public entry of the services feature: what other features may use. Everything else in this folder is its own
// business (lint: scripts/eslint/feature-boundaries.js).
export { LIST_LIMIT } from './catalogue/catalogue-query';
export { ServiceHoursEditor } from './form/ServiceHoursEditor';
