import type { Migration } from './migration';

/**
 * Review workflows (ISO/IEC 20000-1 6.1, 8.2.4, 8.3.3, 8.3.4: reviews at planned intervals).
 *
 * - `review_subject_kinds` lists what can be reviewed; `reviews.subject_kind` references it, so a
 *   new kind is one INSERT instead of the table rebuild the old CHECK needed.
 * - `reviews` is rebuilt with the same ids (SLA review details and actions keep pointing at their
 *   rows) and gains: the planned date (unknown, so NULL, for reviews recorded before), a status
 *   for approvals, the "accepted until" date of a risk acceptance, the snapshot of the subject's
 *   key values as the reviewer saw them, and who asked for approval.
 * - `review_decisions` keeps every approve/reject with the approver, time, comment and the
 *   subject's state at that moment.
 * - `review_policy` holds the policy as one JSON document (absent: the built-in defaults).
 * - suppliers get a manager (their reviewer) and a next review date.
 * - `risk_acceptances.review_reopened_at` marks an expired acceptance whose review was re-opened.
 * - partial indexes serve the inbox: open subjects by reviewer and due date.
 */
export const migration007ReviewWorkflows: Migration = {
  version: 7,
  name: 'Review workflows: any subject kind, planned dates, approvals, policy',
  rebuildsReferencedTable: true,
  up(db) {
    db.exec(`
      CREATE TABLE review_subject_kinds (
        kind  TEXT PRIMARY KEY,
        label TEXT NOT NULL
      ) STRICT;
      INSERT INTO review_subject_kinds (kind, label) VALUES ('risk', 'Risk'), ('sla', 'SLA'), ('service', 'Service'), ('supplier', 'Supplier');

      CREATE TABLE reviews_new (
        id               INTEGER PRIMARY KEY,
        subject_kind     TEXT NOT NULL REFERENCES review_subject_kinds (kind),
        subject_id       INTEGER NOT NULL,
        status           TEXT NOT NULL DEFAULT 'done' CHECK (status IN ('done', 'pending_approval', 'approved', 'rejected')),
        planned_on       TEXT,
        reviewed_on      TEXT NOT NULL,
        reviewer_id      INTEGER REFERENCES people (id) ON DELETE SET NULL,
        outcome          TEXT NOT NULL,
        notes            TEXT NOT NULL DEFAULT '',
        next_review_date TEXT,
        accepted_until   TEXT,
        snapshot_json    TEXT,
        requested_by_id  INTEGER REFERENCES people (id) ON DELETE SET NULL,
        approver_id      INTEGER REFERENCES people (id) ON DELETE SET NULL,
        approved_at      TEXT,
        created_at       TEXT NOT NULL
      ) STRICT;
      INSERT INTO reviews_new (id, subject_kind, subject_id, status, reviewed_on, reviewer_id, outcome, notes, next_review_date, approver_id, approved_at, created_at)
        SELECT id, subject_kind, subject_id, 'done', reviewed_on, reviewer_id, outcome, notes, next_review_date, approver_id, approved_at, created_at FROM reviews;
      DROP TABLE reviews;
      ALTER TABLE reviews_new RENAME TO reviews;
      CREATE INDEX reviews_subject ON reviews (subject_kind, subject_id, reviewed_on);
      CREATE INDEX reviews_reviewer_done ON reviews (reviewer_id, reviewed_on);
      CREATE INDEX reviews_done_on ON reviews (reviewed_on);
      CREATE INDEX reviews_pending ON reviews (status, subject_kind) WHERE status = 'pending_approval';

      CREATE TABLE review_decisions (
        id                 INTEGER PRIMARY KEY,
        review_id          INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        decision           TEXT NOT NULL CHECK (decision IN ('approved', 'rejected')),
        decided_by_id      INTEGER NOT NULL REFERENCES people (id),
        decided_at         TEXT NOT NULL,
        comment            TEXT NOT NULL DEFAULT '',
        subject_state_json TEXT NOT NULL
      ) STRICT;
      CREATE INDEX review_decisions_review ON review_decisions (review_id);

      CREATE TABLE review_policy (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        policy_json TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        updated_by  TEXT NOT NULL
      ) STRICT;

      ALTER TABLE suppliers ADD COLUMN manager_id INTEGER REFERENCES people (id) ON DELETE SET NULL;
      ALTER TABLE suppliers ADD COLUMN next_review_date TEXT;
      CREATE INDEX suppliers_review_due ON suppliers (next_review_date, manager_id);

      ALTER TABLE risk_acceptances ADD COLUMN review_reopened_at TEXT;
      CREATE INDEX risk_acceptances_expiry ON risk_acceptances (expires_on) WHERE revoked_on IS NULL AND review_reopened_at IS NULL;

      CREATE INDEX risks_review_due_owner ON risks (owner_id, next_review_date) WHERE status <> 'closed';
      CREATE INDEX risks_review_due ON risks (next_review_date, owner_id) WHERE status <> 'closed';
      CREATE INDEX services_review_due ON services (owner_id, next_review_date) WHERE lifecycle <> 'retired';
      CREATE INDEX slas_review_due ON slas (review_date) WHERE status <> 'expired';
    `);
  },
};
