import type Database from 'better-sqlite3';
import { readMeta, writeMeta } from '../db/open-workspace';
import { recordAudit, type Actor } from './audit-repository';

/** The organisation name shown on the dashboard and on every exported pack. */
export function getOrganisationName(db: Database.Database): string {
  return readMeta(db, 'organisation_name') ?? 'My organisation';
}

/** Rename the organisation, recording the change in the audit trail. */
export function setOrganisationName(db: Database.Database, actor: Actor, name: string, now: string): void {
  const before = getOrganisationName(db);
  if (before === name) return;
  writeMeta(db, 'organisation_name', name);
  recordAudit(
    db,
    actor,
    {
      entity: 'workspace',
      entityId: 'organisation_name',
      action: 'update',
      before: { organisationName: before },
      after: { organisationName: name },
    },
    now,
  );
}
