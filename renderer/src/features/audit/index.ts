// The public entry of the audit feature: what other features may use. Everything else in this folder is its own
// business (lint: scripts/eslint/feature-boundaries.js).
export { AuditFilters } from './AuditFilters';
export type { AuditParam } from './AuditFilters';
export { AuditList } from './AuditList';
export { RecordHistory } from './RecordHistory';
export { apiFilter, filtersFromParams, isFiltered, recordShortName } from './audit-text';
