import type { Migration } from './migration';

/**
 * Management reviews (ISO/IEC 20000-1 9.3):
 * - `management_reviews`: the review record (period, meeting, chair, preparer, attendees, status
 *   planned → in_preparation → held → closed). On "held" the compiled inputs are frozen into
 *   `snapshot_json` (canonical JSON) with its SHA-256, and `as_of` pins every date the pack shows;
 *   closing records the chair's sign-off.
 * - `management_review_narratives`: the team's reading of each input section, by section key.
 * - `management_review_decisions`: the outputs (improvement, SMS change, service change, resource
 *   need, action), each tracked as an action in the Actions list (`action_id`), so it comes back as
 *   input (a) at the next review through `actions.management_review_id`.
 * - indexes for reviews done in a period and overdue reviews per owner (input "reviews on time").
 */
export const migration008ManagementReviews: Migration = {
  version: 8,
  name: 'management reviews, narratives, decisions and frozen snapshots',
  up(db) {
    db.exec(`
      CREATE TABLE management_reviews (
        id                  INTEGER PRIMARY KEY,
        title               TEXT NOT NULL,
        period_from         TEXT NOT NULL,
        period_to           TEXT NOT NULL,
        meeting_date        TEXT,
        chair_id            INTEGER REFERENCES people (id),
        preparer_id         INTEGER REFERENCES people (id),
        attendee_ids_json   TEXT NOT NULL DEFAULT '[]',
        independent_chair   INTEGER NOT NULL DEFAULT 1 CHECK (independent_chair IN (0, 1)),
        status              TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_preparation', 'held', 'closed')),
        as_of               TEXT,
        snapshot_json       TEXT,
        snapshot_sha256     TEXT,
        signed_off_by       INTEGER REFERENCES people (id),
        signed_off_at       TEXT,
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL,
        CHECK (period_to >= period_from),
        CHECK ((status IN ('held', 'closed')) = (snapshot_json IS NOT NULL AND snapshot_sha256 IS NOT NULL AND as_of IS NOT NULL)),
        CHECK ((status = 'closed') = (signed_off_by IS NOT NULL AND signed_off_at IS NOT NULL))
      ) STRICT;
      CREATE INDEX management_reviews_period ON management_reviews (period_to, period_from);

      CREATE TABLE management_review_narratives (
        review_id  INTEGER NOT NULL REFERENCES management_reviews (id) ON DELETE CASCADE,
        section    TEXT NOT NULL,
        text       TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (review_id, section)
      ) STRICT;

      CREATE TABLE management_review_decisions (
        id          INTEGER PRIMARY KEY,
        review_id   INTEGER NOT NULL REFERENCES management_reviews (id) ON DELETE CASCADE,
        type        TEXT NOT NULL CHECK (type IN ('improvement', 'sms_change', 'service_change', 'resource_need', 'action')),
        title       TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        owner_id    INTEGER REFERENCES people (id),
        due_date    TEXT,
        input_key   TEXT,
        action_id   INTEGER REFERENCES actions (id) ON DELETE SET NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX management_review_decisions_review ON management_review_decisions (review_id, id);

      -- "Reviews done on time and late" reads the reviews of a period, and the overdue ones by owner.
      CREATE INDEX reviews_reviewed_on ON reviews (reviewed_on);
      CREATE INDEX risks_owner_review ON risks (owner_id, next_review_date, status);

      ALTER TABLE actions ADD COLUMN management_review_id INTEGER REFERENCES management_reviews (id) ON DELETE SET NULL;
      CREATE INDEX actions_management_review ON actions (management_review_id);
    `);
  },
};
