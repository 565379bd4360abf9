import { describe, expect, it } from 'vitest';
import { fileAtVersion } from '../../test/file-at-version';
import { closeWorkspaceDatabase, openWorkspaceDatabase } from '../open-workspace';

/** A file as version 3 of the app left it, with data in it. */
const versionThreeFile = () =>
  fileAtVersion(
    3,
    `
    INSERT INTO people (name, created_at, updated_at) VALUES ('Ann', 'x', 'x');
    INSERT INTO services (code, name, service_hours_json, created_at, updated_at) VALUES
      ('SVC-001', 'Payroll', '{"mode":"weekly","days":[{"day":"mon","from":"08:00","to":"17:30"}]}', 'x', 'x'),
      ('SVC-002', 'Email', '{"mode":"24x7"}', 'x', 'x'),
      ('SVC-003', 'Broken', 'not json', 'x', 'x');
    INSERT INTO suppliers (name, created_at, updated_at) VALUES ('Mailco', 'x', 'x');
    INSERT INTO contracts (supplier_id, kind, title, created_at, updated_at) VALUES (1, 'underpinning', 'Mail hosting', 'x', 'x');
    INSERT INTO slas (code, service_id, customer, name, status, service_hours_json, created_at, updated_at) VALUES
      ('SLA-001', 1, 'Finance', 'Payroll — Finance', 'agreed', '{"mode":"weekly","days":[{"day":"tue","from":"09:00","to":"17:00"}]}', 'x', 'x'),
      ('SLA-002', 2, 'All staff', 'Email — All staff', 'agreed', NULL, 'x', 'x');
    INSERT INTO sla_targets (id, sla_id, kind, label, unit, direction, target, warning, sort_order) VALUES
      (7, 1, 'availability', 'Availability', '%', 'higher', 99.5, 99.7, 0),
      (9, 2, 'workload', 'Tickets', 'tickets', 'lower', 400, 360, 0);
    INSERT INTO sla_measurements (target_id, period, value, workload, notes) VALUES
      (7, '2026-01', 99.8, NULL, 'fine'), (7, '2026-02', 99.1, NULL, 'outage'), (9, '2026-01', 380, 380, '');
    INSERT INTO reviews (subject_kind, subject_id, reviewed_on, outcome, created_at) VALUES ('sla', 1, '2026-03-01', 'confirmed', 'x');
    INSERT INTO actions (title, sla_id, created_at, updated_at) VALUES ('Fix it', 1, 'x', 'x');
  `,
  );

describe('migration 005: SLA performance', () => {
  it('upgrades a version-3 file, keeping targets (with their ids) and measurements', async () => {
    const opened = await openWorkspaceDatabase(versionThreeFile());
    const { db } = opened;
    try {
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(5);
      expect(opened.migrationBackupPath).not.toBeNull();
      expect(db.prepare('SELECT id, sla_id, contract_id, label FROM sla_targets ORDER BY id').all()).toEqual([
        { id: 7, sla_id: 1, contract_id: null, label: 'Availability' },
        { id: 9, sla_id: 2, contract_id: null, label: 'Tickets' },
      ]);
      expect(db.prepare('SELECT target_id, period, value, notes, source FROM sla_measurements ORDER BY id').all()).toEqual([
        { target_id: 7, period: '2026-01', value: 99.8, notes: 'fine', source: 'entered' },
        { target_id: 7, period: '2026-02', value: 99.1, notes: 'outage', source: 'entered' },
        { target_id: 9, period: '2026-01', value: 380, notes: '', source: 'entered' },
      ]);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      // The per-month summary is filled from what was there: 99.8 met (warning 99.7), 99.1 breached, 380 at risk.
      expect(db.prepare('SELECT sla_id, period, worst_rank, measured, breached FROM sla_period_results ORDER BY sla_id, period').all()).toEqual([
        { sla_id: 1, period: '2026-01', worst_rank: 1, measured: 1, breached: 0 },
        { sla_id: 1, period: '2026-02', worst_rank: 3, measured: 1, breached: 1 },
        { sla_id: 2, period: '2026-01', worst_rank: 2, measured: 1, breached: 0 },
      ]);
      const measurementsSql = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'sla_measurements'").pluck().get() as string;
      expect(measurementsSql).toMatch(/REFERENCES "?sla_targets"? \(id\) ON DELETE CASCADE/);
    } finally {
      closeWorkspaceDatabase(db);
    }
  });

  it('lets a target belong to an SLA or a contract, never both or neither; contract targets block deleting the contract', async () => {
    const { db } = await openWorkspaceDatabase(versionThreeFile());
    try {
      db.prepare("INSERT INTO sla_targets (contract_id, kind, label, target) VALUES (1, 'availability', 'Hosting availability', 99.95)").run();
      expect(() => db.prepare("INSERT INTO sla_targets (sla_id, contract_id, kind, label, target) VALUES (1, 1, 'custom', 'Both', 1)").run()).toThrow(/CHECK/);
      expect(() => db.prepare("INSERT INTO sla_targets (kind, label, target) VALUES ('custom', 'Neither', 1)").run()).toThrow(/CHECK/);
      expect(() => db.prepare('DELETE FROM contracts WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
      // Deleting an SLA still removes its targets and their measurements.
      db.prepare('DELETE FROM actions').run();
      db.prepare('DELETE FROM slas WHERE id = 1').run();
      expect(db.prepare('SELECT count(*) FROM sla_measurements WHERE target_id = 7').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM sla_measurements').pluck().get()).toBe(1);
      expect(db.prepare('SELECT sla_id FROM sla_period_results').pluck().all()).toEqual([2]);
    } finally {
      closeWorkspaceDatabase(db);
    }
  });

  it('keeps outages with wall-clock times, refusing an end before the start and duplicates', async () => {
    const { db } = await openWorkspaceDatabase(versionThreeFile());
    try {
      const insert = db.prepare("INSERT INTO outages (service_id, start_at, end_at, created_at) VALUES (2, ?, ?, 'x')");
      insert.run('2026-01-31T23:00:00', '2026-02-01T02:00:00');
      expect(() => insert.run('2026-01-31T23:00:00', '2026-02-01T02:00:00')).toThrow(/UNIQUE/);
      expect(() => insert.run('2026-02-01T02:00:00', '2026-01-31T23:00:00')).toThrow(/CHECK/);
      expect(() => insert.run('2026-02-01 02:00', '2026-02-01T03:00:00')).toThrow(/CHECK/);
    } finally {
      closeWorkspaceDatabase(db);
    }
  });

  it('adds SLA review details and links actions to reviews', async () => {
    const { db } = await openWorkspaceDatabase(versionThreeFile());
    try {
      db.prepare("INSERT INTO sla_review_details (review_id, sla_id, period, customer_comments, snapshot_json) VALUES (1, 1, '2026-02', 'Happy', '[]')").run();
      db.prepare('UPDATE actions SET review_id = 1').run();
      db.prepare('DELETE FROM reviews WHERE id = 1').run();
      expect(db.prepare('SELECT count(*) FROM sla_review_details').pluck().get()).toBe(0);
      expect(db.prepare('SELECT review_id FROM actions').pluck().get()).toBeNull();
    } finally {
      closeWorkspaceDatabase(db);
    }
  });

  it('rewrites weekly service hours saved as "days" to "windows", leaving other values alone', async () => {
    const { db } = await openWorkspaceDatabase(versionThreeFile());
    try {
      expect(
        db
          .prepare('SELECT service_hours_json FROM services ORDER BY id')
          .pluck()
          .all()
          .map((text) => (String(text).startsWith('{') ? JSON.parse(String(text)) : text)),
      ).toEqual([{ mode: 'weekly', windows: [{ day: 'mon', from: '08:00', to: '17:30' }] }, { mode: '24x7' }, 'not json']);
      expect(JSON.parse(db.prepare('SELECT service_hours_json FROM slas WHERE id = 1').pluck().get() as string)).toEqual({
        mode: 'weekly',
        windows: [{ day: 'tue', from: '09:00', to: '17:00' }],
      });
      expect(db.prepare('SELECT service_hours_json FROM slas WHERE id = 2').pluck().get()).toBeNull();
    } finally {
      closeWorkspaceDatabase(db);
    }
  });
});
