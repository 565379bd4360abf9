import type { Migration } from './migration';

/**
 * resultStatus() of shared/domain/sla-status.ts in SQL (1 met, 2 at risk, 3 breached), frozen
 * here because the triggers below keep it; a test checks it equals statusRankSql(). Changing the
 * status rule therefore needs a new migration that replaces the triggers and rebuilds the table.
 */
export const RANK_SQL_005 = `(CASE WHEN t.direction = 'higher'
      THEN (CASE WHEN m.value < t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value < t.warning THEN 2 ELSE 1 END)
      ELSE (CASE WHEN m.value > t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value > t.warning THEN 2 ELSE 1 END) END)`;

const slaOf = (targetId: string) => `(SELECT sla_id FROM sla_targets WHERE id = ${targetId})`;

/** Statements recomputing one SLA's summary rows: of one month, or of every month when `period` is null. */
function refresh(sla: string, period: string | null): string {
  const month = period === null ? '' : ` AND period = ${period}`;
  return `
    DELETE FROM sla_period_results WHERE sla_id = ${sla}${month};
    INSERT INTO sla_period_results (sla_id, period, worst_rank, measured, breached)
      SELECT t.sla_id, m.period, max(${RANK_SQL_005}), count(*), sum(${RANK_SQL_005} = 3)
        FROM sla_targets t JOIN sla_measurements m ON m.target_id = t.id
       WHERE t.sla_id = ${sla}${period === null ? '' : ` AND m.period = ${period}`}
       GROUP BY t.sla_id, m.period;`;
}

/**
 * SLA performance (ISO/IEC 20000-1 8.3.3, 8.3.4):
 *
 * - targets belong to an SLA or to a contract/OLA (exactly one), so supplier performance is
 *   measured the same way as SLAs; `sla_targets` and its child `sla_measurements` are rebuilt
 *   together (a parent cannot be rebuilt alone while foreign keys are on without cascading);
 * - a measurement records where it came from (entered, imported, computed from outages) and when;
 * - `outages` keeps imported outages (wall-clock times, no zone) so availability can be recomputed;
 * - `sla_review_details` holds what an SLA review adds to a review row: the month reviewed,
 *   customer comments, exceptions applied and the target-vs-actual table as it was shown;
 * - `sla_period_results` keeps each SLA's worst result per month, maintained by triggers on every
 *   write to targets and measurements (however made: API, import, demo, generator), so the
 *   portfolio strip of 5,000 services × 12 months reads 60,000 rows instead of every measurement;
 * - `actions.review_id` links improvement actions to the review that raised them;
 * - service hours saved by earlier demo and generator builds as `{"mode":"weekly","days":…}`
 *   are rewritten to the `windows` form the app reads, instead of silently counting as 24×7.
 */
export const migration005SlaPerformance: Migration = {
  version: 5,
  name: 'SLA performance: contract targets, outages, SLA review details, action links',
  up(db) {
    db.exec(`
      CREATE TABLE sla_targets_new (
        id                 INTEGER PRIMARY KEY,
        sla_id             INTEGER REFERENCES slas (id) ON DELETE CASCADE,
        -- No ON DELETE action: deleting a contract with targets fails as a plain foreign-key conflict.
        contract_id        INTEGER REFERENCES contracts (id),
        kind               TEXT NOT NULL CHECK (kind IN ('availability', 'response', 'resolution', 'custom', 'workload')),
        label              TEXT NOT NULL,
        priority           TEXT CHECK (priority IS NULL OR priority IN ('P1', 'P2', 'P3', 'P4')),
        time_limit_minutes INTEGER CHECK (time_limit_minutes IS NULL OR time_limit_minutes > 0),
        unit               TEXT NOT NULL DEFAULT '%',
        direction          TEXT NOT NULL DEFAULT 'higher' CHECK (direction IN ('higher', 'lower')),
        target             REAL NOT NULL,
        warning            REAL,
        sort_order         INTEGER NOT NULL DEFAULT 0,
        CHECK ((sla_id IS NULL) <> (contract_id IS NULL))
      ) STRICT;
      INSERT INTO sla_targets_new (id, sla_id, contract_id, kind, label, priority, time_limit_minutes, unit, direction, target, warning, sort_order)
        SELECT id, sla_id, NULL, kind, label, priority, time_limit_minutes, unit, direction, target, warning, sort_order FROM sla_targets;

      CREATE TABLE sla_measurements_new (
        id         INTEGER PRIMARY KEY,
        target_id  INTEGER NOT NULL REFERENCES sla_targets_new (id) ON DELETE CASCADE,
        period     TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        value      REAL NOT NULL,
        workload   REAL,
        notes      TEXT NOT NULL DEFAULT '',
        source     TEXT NOT NULL DEFAULT 'entered' CHECK (source IN ('entered', 'imported', 'outages')),
        updated_at TEXT,
        UNIQUE (target_id, period)
      ) STRICT;
      INSERT INTO sla_measurements_new (id, target_id, period, value, workload, notes)
        SELECT id, target_id, period, value, workload, notes FROM sla_measurements;

      DROP TABLE sla_measurements;
      DROP TABLE sla_targets;
      ALTER TABLE sla_targets_new RENAME TO sla_targets;
      ALTER TABLE sla_measurements_new RENAME TO sla_measurements;
      CREATE INDEX sla_targets_sla ON sla_targets (sla_id, sort_order);
      CREATE INDEX sla_targets_contract ON sla_targets (contract_id, sort_order);
      -- The portfolio, breach list and dashboard read one month across every target.
      CREATE INDEX sla_measurements_period ON sla_measurements (period, target_id);

      CREATE TABLE outages (
        id          INTEGER PRIMARY KEY,
        service_id  INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
        -- Wall-clock "YYYY-MM-DDTHH:MM:SS" of the service hours' clock, without a zone.
        start_at    TEXT NOT NULL CHECK (start_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
        end_at      TEXT NOT NULL CHECK (end_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
        notes       TEXT NOT NULL DEFAULT '',
        source      TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        CHECK (end_at > start_at),
        UNIQUE (service_id, start_at, end_at)
      ) STRICT;
      CREATE INDEX outages_time ON outages (service_id, end_at);

      CREATE TABLE sla_review_details (
        review_id          INTEGER PRIMARY KEY REFERENCES reviews (id) ON DELETE CASCADE,
        sla_id             INTEGER NOT NULL REFERENCES slas (id) ON DELETE CASCADE,
        period             TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        customer_comments  TEXT NOT NULL DEFAULT '',
        exceptions_applied TEXT NOT NULL DEFAULT '',
        snapshot_json      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sla_review_details_sla ON sla_review_details (sla_id, period);

      -- No foreign key to slas: the triggers remove an SLA's rows as its targets go, and a key
      -- would make that cascade fail part-way.
      CREATE TABLE sla_period_results (
        sla_id     INTEGER NOT NULL,
        period     TEXT NOT NULL,
        worst_rank INTEGER NOT NULL CHECK (worst_rank BETWEEN 1 AND 3),
        measured   INTEGER NOT NULL,
        breached   INTEGER NOT NULL,
        PRIMARY KEY (sla_id, period)
      ) WITHOUT ROWID, STRICT;
      CREATE INDEX sla_period_results_period ON sla_period_results (period, sla_id, worst_rank);
      INSERT INTO sla_period_results (sla_id, period, worst_rank, measured, breached)
        SELECT t.sla_id, m.period, max(${RANK_SQL_005}), count(*), sum(${RANK_SQL_005} = 3)
          FROM sla_targets t JOIN sla_measurements m ON m.target_id = t.id
         WHERE t.sla_id IS NOT NULL
         GROUP BY t.sla_id, m.period;

      CREATE TRIGGER sla_period_results_measurement_insert AFTER INSERT ON sla_measurements
        WHEN ${slaOf('NEW.target_id')} IS NOT NULL
      BEGIN ${refresh(slaOf('NEW.target_id'), 'NEW.period')}
      END;
      CREATE TRIGGER sla_period_results_measurement_delete AFTER DELETE ON sla_measurements
        WHEN ${slaOf('OLD.target_id')} IS NOT NULL
      BEGIN ${refresh(slaOf('OLD.target_id'), 'OLD.period')}
      END;
      CREATE TRIGGER sla_period_results_measurement_update AFTER UPDATE OF target_id, period, value ON sla_measurements
      BEGIN ${refresh(slaOf('OLD.target_id'), 'OLD.period')} ${refresh(slaOf('NEW.target_id'), 'NEW.period')}
      END;
      CREATE TRIGGER sla_period_results_target_update AFTER UPDATE OF sla_id, direction, target, warning ON sla_targets
      BEGIN ${refresh('OLD.sla_id', null)} ${refresh('NEW.sla_id', null)}
      END;
      -- Fires after the target's measurements are gone (cascade), so the SLA's other targets remain.
      CREATE TRIGGER sla_period_results_target_delete AFTER DELETE ON sla_targets
        WHEN OLD.sla_id IS NOT NULL
      BEGIN ${refresh('OLD.sla_id', null)}
      END;

      ALTER TABLE actions ADD COLUMN review_id INTEGER REFERENCES reviews (id) ON DELETE SET NULL;
      CREATE INDEX actions_sla ON actions (sla_id);
      CREATE INDEX actions_service ON actions (service_id);
      CREATE INDEX actions_review ON actions (review_id);
    `);
    for (const table of ['services', 'slas']) {
      db.exec(`
        UPDATE ${table} SET service_hours_json = json_object('mode', 'weekly', 'windows', json_extract(service_hours_json, '$.days'))
         WHERE json_valid(service_hours_json)
           AND json_extract(service_hours_json, '$.mode') = 'weekly'
           AND json_type(service_hours_json, '$.windows') IS NULL
           AND json_type(service_hours_json, '$.days') = 'array'`);
    }
  },
};
