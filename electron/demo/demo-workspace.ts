import type Database from 'better-sqlite3';
import { writeMeta } from '../db/open-workspace';
import { insertDemoActions } from './demo-actions';
import { createDemoContext } from './demo-context';
import { insertDemoPeople } from './demo-people';
import { insertDemoReviews } from './demo-reviews';
import { insertDemoRisks } from './demo-risks';
import { insertDemoServices } from './demo-services';
import { insertDemoSlas } from './demo-slas';
import { insertDemoSuppliers } from './demo-suppliers';
import { insertDemoContractTargets } from './demo-contract-targets';
import { insertDemoManagementReviews } from './demo-management-reviews';

export const DEMO_ORGANISATION_NAME = 'Northwind Health Trust';

/**
 * Fill a new workspace with the demo organisation's records: an NHS-style trust's IT
 * department with its catalogue, suppliers, SLAs and a year of measurements, risk register
 * with assessment history, actions and reviews. Every date is relative to `now`, so the demo
 * always has reviews overdue and due soon. Runs inside the caller's transaction.
 */
export function populateDemoWorkspace(db: Database.Database, now: Date): void {
  writeMeta(db, 'organisation_name', DEMO_ORGANISATION_NAME);
  const ctx = createDemoContext(db, now);
  insertDemoPeople(ctx);
  insertDemoServices(ctx);
  insertDemoSuppliers(ctx);
  insertDemoSlas(ctx);
  insertDemoContractTargets(ctx);
  insertDemoRisks(ctx);
  insertDemoActions(ctx);
  insertDemoReviews(ctx);
  insertDemoManagementReviews(ctx);
  // One line in the trail for the whole set, rather than hundreds of generated "create" rows.
  db.prepare(
    `INSERT INTO audit_log (at, actor_id, actor_name, entity, entity_id, action, before_json, after_json)
     VALUES (?, NULL, 'Demo data', 'workspace', 'demo', 'create', NULL, ?)`,
  ).run(now.toISOString(), JSON.stringify({ demo: true }));
}
