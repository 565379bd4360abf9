import type { Migration } from './migration';

/**
 * The ISO/IEC 20000-1 records: services and their dependencies, suppliers and contracts,
 * SLAs with targets and monthly measurements, risks with their assessment history,
 * actions and reviews. Current risk scores are kept on the risk row for fast registers;
 * every assessment is also a dated row so history is real data.
 */
export const migration002Domain: Migration = {
  version: 2,
  name: 'domain: services, suppliers, SLAs, risks, actions, reviews',
  up(db) {
    db.exec(`
      CREATE TABLE services (
        id               INTEGER PRIMARY KEY,
        code             TEXT NOT NULL,
        name             TEXT NOT NULL,
        description      TEXT NOT NULL DEFAULT '',
        category         TEXT,
        kind             TEXT NOT NULL DEFAULT 'customer-facing' CHECK (kind IN ('customer-facing', 'supporting')),
        lifecycle        TEXT NOT NULL DEFAULT 'pipeline' CHECK (lifecycle IN ('pipeline', 'live', 'retired')),
        owner_id         INTEGER REFERENCES people (id) ON DELETE SET NULL,
        customers_json   TEXT NOT NULL DEFAULT '[]',
        criticality      INTEGER NOT NULL DEFAULT 3 CHECK (criticality BETWEEN 1 AND 4),
        service_hours_json TEXT NOT NULL DEFAULT '{"mode":"24x7"}',
        support_contact  TEXT,
        tags_json        TEXT NOT NULL DEFAULT '[]',
        last_review_date TEXT,
        next_review_date TEXT,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX services_code_unique ON services (code COLLATE NOCASE);
      CREATE INDEX services_owner ON services (owner_id);
      CREATE INDEX services_next_review ON services (next_review_date);

      CREATE TABLE service_lifecycle_events (
        id         INTEGER PRIMARY KEY,
        service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
        lifecycle  TEXT NOT NULL CHECK (lifecycle IN ('pipeline', 'live', 'retired')),
        at         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX service_lifecycle_events_service ON service_lifecycle_events (service_id, at);

      CREATE TABLE service_dependencies (
        service_id    INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
        depends_on_id INTEGER NOT NULL REFERENCES services (id) ON DELETE RESTRICT,
        PRIMARY KEY (service_id, depends_on_id),
        CHECK (service_id <> depends_on_id)
      ) STRICT;
      CREATE INDEX service_dependencies_reverse ON service_dependencies (depends_on_id);

      CREATE TABLE suppliers (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL,
        contact    TEXT,
        notes      TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX suppliers_name_unique ON suppliers (name COLLATE NOCASE);

      CREATE TABLE contracts (
        id           INTEGER PRIMARY KEY,
        supplier_id  INTEGER REFERENCES suppliers (id) ON DELETE RESTRICT,
        kind         TEXT NOT NULL CHECK (kind IN ('underpinning', 'ola')),
        title        TEXT NOT NULL,
        internal_team TEXT,
        start_date   TEXT,
        end_date     TEXT,
        notice_days  INTEGER CHECK (notice_days IS NULL OR notice_days >= 0),
        targets_text TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX contracts_end ON contracts (end_date);

      CREATE TABLE contract_services (
        contract_id INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
        service_id  INTEGER NOT NULL REFERENCES services (id) ON DELETE RESTRICT,
        PRIMARY KEY (contract_id, service_id)
      ) STRICT;
      CREATE INDEX contract_services_service ON contract_services (service_id);

      CREATE TABLE slas (
        id                 INTEGER PRIMARY KEY,
        code               TEXT NOT NULL,
        service_id         INTEGER NOT NULL REFERENCES services (id) ON DELETE RESTRICT,
        customer           TEXT NOT NULL,
        name               TEXT NOT NULL,
        status             TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'agreed', 'expired')),
        valid_from         TEXT,
        valid_to           TEXT,
        review_date        TEXT,
        service_hours_json TEXT,
        exceptions         TEXT NOT NULL DEFAULT '',
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX slas_code_unique ON slas (code COLLATE NOCASE);
      CREATE INDEX slas_service ON slas (service_id);

      CREATE TABLE sla_targets (
        id                 INTEGER PRIMARY KEY,
        sla_id             INTEGER NOT NULL REFERENCES slas (id) ON DELETE CASCADE,
        kind               TEXT NOT NULL CHECK (kind IN ('availability', 'response', 'resolution', 'custom', 'workload')),
        label              TEXT NOT NULL,
        priority           TEXT CHECK (priority IS NULL OR priority IN ('P1', 'P2', 'P3', 'P4')),
        time_limit_minutes INTEGER CHECK (time_limit_minutes IS NULL OR time_limit_minutes > 0),
        unit               TEXT NOT NULL DEFAULT '%',
        direction          TEXT NOT NULL DEFAULT 'higher' CHECK (direction IN ('higher', 'lower')),
        target             REAL NOT NULL,
        warning            REAL,
        sort_order         INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX sla_targets_sla ON sla_targets (sla_id, sort_order);

      CREATE TABLE sla_measurements (
        id        INTEGER PRIMARY KEY,
        target_id INTEGER NOT NULL REFERENCES sla_targets (id) ON DELETE CASCADE,
        period    TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        value     REAL NOT NULL,
        workload  REAL,
        notes     TEXT NOT NULL DEFAULT '',
        UNIQUE (target_id, period)
      ) STRICT;

      CREATE TABLE risks (
        id                  INTEGER PRIMARY KEY,
        code                TEXT NOT NULL,
        title               TEXT NOT NULL,
        cause               TEXT NOT NULL DEFAULT '',
        event               TEXT NOT NULL DEFAULT '',
        consequence         TEXT NOT NULL DEFAULT '',
        category            TEXT,
        owner_id            INTEGER REFERENCES people (id) ON DELETE SET NULL,
        supplier_id         INTEGER REFERENCES suppliers (id) ON DELETE SET NULL,
        controls            TEXT NOT NULL DEFAULT '',
        treatment           TEXT CHECK (treatment IS NULL OR treatment IN ('avoid', 'mitigate', 'transfer', 'accept')),
        treatment_rationale TEXT NOT NULL DEFAULT '',
        status              TEXT NOT NULL DEFAULT 'identified'
                              CHECK (status IN ('identified', 'assessed', 'treating', 'monitored', 'closed')),
        inherent_likelihood INTEGER,
        inherent_impact     INTEGER,
        residual_likelihood INTEGER,
        residual_impact     INTEGER,
        target_likelihood   INTEGER,
        target_impact       INTEGER,
        next_review_date    TEXT,
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX risks_code_unique ON risks (code COLLATE NOCASE);
      CREATE INDEX risks_owner ON risks (owner_id);
      CREATE INDEX risks_status ON risks (status);
      CREATE INDEX risks_next_review ON risks (next_review_date);
      CREATE INDEX risks_residual ON risks (residual_likelihood, residual_impact);

      CREATE TABLE risk_services (
        risk_id    INTEGER NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
        service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE RESTRICT,
        PRIMARY KEY (risk_id, service_id)
      ) STRICT;
      CREATE INDEX risk_services_service ON risk_services (service_id);

      CREATE TABLE risk_assessments (
        id                  INTEGER PRIMARY KEY,
        risk_id             INTEGER NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
        assessed_at         TEXT NOT NULL,
        assessor_id         INTEGER REFERENCES people (id) ON DELETE SET NULL,
        inherent_likelihood INTEGER NOT NULL,
        inherent_impact     INTEGER NOT NULL,
        residual_likelihood INTEGER NOT NULL,
        residual_impact     INTEGER NOT NULL,
        target_likelihood   INTEGER,
        target_impact       INTEGER,
        rationale           TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX risk_assessments_risk ON risk_assessments (risk_id, assessed_at);
      CREATE INDEX risk_assessments_date ON risk_assessments (assessed_at);

      CREATE TABLE actions (
        id             INTEGER PRIMARY KEY,
        title          TEXT NOT NULL,
        description    TEXT NOT NULL DEFAULT '',
        owner_id       INTEGER REFERENCES people (id) ON DELETE SET NULL,
        due_date       TEXT,
        status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
        risk_id        INTEGER REFERENCES risks (id) ON DELETE CASCADE,
        sla_id         INTEGER REFERENCES slas (id) ON DELETE CASCADE,
        service_id     INTEGER REFERENCES services (id) ON DELETE CASCADE,
        progress_notes TEXT NOT NULL DEFAULT '',
        completed_at   TEXT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX actions_risk ON actions (risk_id);
      CREATE INDEX actions_due ON actions (status, due_date);

      CREATE TABLE reviews (
        id               INTEGER PRIMARY KEY,
        subject_kind     TEXT NOT NULL CHECK (subject_kind IN ('service', 'sla', 'risk')),
        subject_id       INTEGER NOT NULL,
        reviewed_on      TEXT NOT NULL,
        reviewer_id      INTEGER REFERENCES people (id) ON DELETE SET NULL,
        outcome          TEXT NOT NULL,
        notes            TEXT NOT NULL DEFAULT '',
        next_review_date TEXT,
        approver_id      INTEGER REFERENCES people (id) ON DELETE SET NULL,
        approved_at      TEXT,
        created_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX reviews_subject ON reviews (subject_kind, subject_id, reviewed_on);
    `);
  },
};
