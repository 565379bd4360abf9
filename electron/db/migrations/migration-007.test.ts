import { latestSchemaVersion } from './index';
import { describe, expect, it } from 'vitest';
import { fileAtVersion } from '../../test/file-at-version';
import { closeWorkspaceDatabase, openWorkspaceDatabase } from '../open-workspace';

/** A file as version 6 of the app left it, with data in it. */
const versionSixFile = () =>
  fileAtVersion(
    6,
    `
    INSERT INTO people (name, created_at, updated_at) VALUES ('Hana', 'x', 'x'), ('Omar', 'x', 'x');
    INSERT INTO services (code, name, owner_id, next_review_date, created_at, updated_at) VALUES ('SVC-001', 'Email', 1, '2027-01-15', 'x', 'x');
    INSERT INTO slas (code, service_id, customer, name, status, review_date, created_at, updated_at) VALUES ('SLA-001', 1, 'Wards', 'Email SLA', 'agreed', '2027-03-01', 'x', 'x');
    INSERT INTO risks (code, title, owner_id, treatment, residual_likelihood, residual_impact, next_review_date, created_at, updated_at)
      VALUES ('RSK-001', 'Old server', 1, 'accept', 4, 4, '2026-12-01', 'x', 'x');
    INSERT INTO reviews (subject_kind, subject_id, reviewed_on, reviewer_id, outcome, notes, next_review_date, created_at)
      VALUES ('sla', 1, '2026-03-01', 1, 'confirmed', 'first', '2026-09-01', 'x'),
             ('sla', 1, '2026-09-02', 2, 'changed', 'second', '2027-03-01', 'x'),
             ('service', 1, '2026-01-15', 1, 'ok', '', '2027-01-15', 'x');
    INSERT INTO sla_review_details (review_id, sla_id, period, customer_comments, exceptions_applied, snapshot_json)
      VALUES (1, 1, '2026-02', 'fine', '', '{}'), (2, 1, '2026-08', 'slow', 'Xmas', '{"targets":[]}');
    INSERT INTO actions (title, sla_id, review_id, created_at, updated_at) VALUES ('Faster restores', 1, 2, 'x', 'x');
    INSERT INTO risk_acceptances (risk_id, approver_id, approved_on, expires_on, rationale, residual_likelihood, residual_impact, matrix_version, approved_score, created_at)
      VALUES (1, 2, '2026-06-01', '2026-12-01', 'until replacement', 4, 4, 1, 16, 'x');
  `,
  );

describe('migration 007: review workflows', () => {
  it('keeps every SLA review with its details and actions, the acceptance and the review dates', async () => {
    const { db } = await openWorkspaceDatabase(versionSixFile());
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect(
        db
          .prepare(
            'SELECT id, subject_kind, subject_id, status, planned_on, reviewed_on, reviewer_id, outcome, notes, next_review_date FROM reviews ORDER BY id',
          )
          .all(),
      ).toEqual([
        {
          id: 1,
          subject_kind: 'sla',
          subject_id: 1,
          status: 'done',
          planned_on: null,
          reviewed_on: '2026-03-01',
          reviewer_id: 1,
          outcome: 'confirmed',
          notes: 'first',
          next_review_date: '2026-09-01',
        },
        {
          id: 2,
          subject_kind: 'sla',
          subject_id: 1,
          status: 'done',
          planned_on: null,
          reviewed_on: '2026-09-02',
          reviewer_id: 2,
          outcome: 'changed',
          notes: 'second',
          next_review_date: '2027-03-01',
        },
        {
          id: 3,
          subject_kind: 'service',
          subject_id: 1,
          status: 'done',
          planned_on: null,
          reviewed_on: '2026-01-15',
          reviewer_id: 1,
          outcome: 'ok',
          notes: '',
          next_review_date: '2027-01-15',
        },
      ]);
      expect(db.prepare('SELECT review_id, customer_comments, exceptions_applied FROM sla_review_details ORDER BY review_id').all()).toEqual([
        { review_id: 1, customer_comments: 'fine', exceptions_applied: '' },
        { review_id: 2, customer_comments: 'slow', exceptions_applied: 'Xmas' },
      ]);
      expect(db.prepare('SELECT review_id FROM actions').pluck().get()).toBe(2);
      expect(db.prepare('SELECT expires_on, review_reopened_at FROM risk_acceptances').get()).toEqual({ expires_on: '2026-12-01', review_reopened_at: null });
      expect(db.prepare('SELECT next_review_date FROM risks').pluck().get()).toBe('2026-12-01');
      expect(db.prepare('SELECT next_review_date FROM services').pluck().get()).toBe('2027-01-15');
      expect(db.prepare('SELECT review_date FROM slas').pluck().get()).toBe('2027-03-01');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      closeWorkspaceDatabase(db);
    }
  });

  it('takes a supplier review without a table rebuild, refuses an unknown kind, and still cascades to SLA review details', async () => {
    const { db } = await openWorkspaceDatabase(versionSixFile());
    try {
      db.exec("INSERT INTO suppliers (name, manager_id, next_review_date, created_at, updated_at) VALUES ('Acme', 2, '2027-05-01', 'x', 'x')");
      const insert = db.prepare(
        "INSERT INTO reviews (subject_kind, subject_id, reviewed_on, outcome, created_at) VALUES (?, 1, '2026-11-01', 'targets_met', 'x')",
      );
      insert.run('supplier');
      expect(() => insert.run('spaceship')).toThrow(/FOREIGN KEY/);
      // The details still reference the rebuilt table: deleting a review removes its details.
      db.prepare('DELETE FROM reviews WHERE id = 1').run();
      expect(db.prepare('SELECT count(*) FROM sla_review_details').pluck().get()).toBe(1);
      expect(() => db.prepare("INSERT INTO sla_review_details (review_id, sla_id, period, snapshot_json) VALUES (99, 1, '2026-01', '{}')").run()).toThrow(
        /FOREIGN KEY/,
      );
    } finally {
      closeWorkspaceDatabase(db);
    }
  });
});
