export * from './errors';
export * from './contract';
export * from './define-method';
export * from './validation';
export type * from './workspace-api';
export type * from './people-api';
export type * from './audit-api';
export type * from './overview-api';
export type * from './services-api';
