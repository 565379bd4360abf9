import type { Migration } from './migration';
import { migration001Core } from './001-core';
import { migration002Domain } from './002-domain';
import { migration003SavedViews } from './003-saved-views';
import { migration005SlaPerformance } from './005-sla-performance';

/**
 * MERGE NOTE: stands in for migration 004, which is being written on another branch, so the
 * versions stay 1..n without gaps. It does nothing; drop it when the real 004 is merged.
 */
const migration004Reserved: Migration = { version: 4, name: 'reserved for a migration written on another branch', up() {} };

/** Every migration in order. Append only: a released migration is never edited. */
export const migrations: readonly Migration[] = [migration001Core, migration002Domain, migration003SavedViews, migration004Reserved, migration005SlaPerformance];

/** The schema version this build writes; files above it are refused. */
export const latestSchemaVersion = migrations[migrations.length - 1]!.version;

export type { Migration };
