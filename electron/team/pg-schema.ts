/**
 * The team database (PostgreSQL 15): an ordered change log of field-level changes, the current
 * version and value of every field, and the conflicts waiting for a person. Kept as TypeScript
 * (not a .sql file) so the built app carries it without a loader.
 *
 * Push is the function `sl_push`, so it runs inside PostgreSQL in ONE transaction with no server
 * of ours in between. It takes a transaction-scoped advisory lock first: pushes are serialised,
 * so change-log numbers are assigned and committed in the same order. Without that, a pull could
 * see change 12 committed before 11 and move its cursor past 11 for good (a gap).
 */
export const TEAM_SCHEMA_VERSION = 1;

export const TEAM_SCHEMA_SQL = `
CREATE TABLE sl_team_meta (
  key text PRIMARY KEY,
  value text NOT NULL
);

-- seq is the total order of the team's changes and every replica's pull cursor. A change is
-- identified by the replica it came from and its outbox id there: a retried push is recognised
-- and never logged twice.
CREATE TABLE sl_change_log (
  seq bigserial PRIMARY KEY,
  origin text NOT NULL,
  origin_seq bigint NOT NULL,
  table_name text NOT NULL,
  row_key text NOT NULL,
  field text NOT NULL,
  value jsonb NOT NULL,
  base_version bigint NOT NULL,
  actor text NOT NULL,
  hlc text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('applied', 'conflict')),
  pushed_by name NOT NULL DEFAULT current_user,
  UNIQUE (origin, origin_seq)
);

-- The current value of each field and the change that set it (its version).
CREATE TABLE sl_field_versions (
  table_name text NOT NULL,
  row_key text NOT NULL,
  field text NOT NULL,
  version bigint NOT NULL REFERENCES sl_change_log (seq),
  value jsonb NOT NULL,
  PRIMARY KEY (table_name, row_key, field)
);

-- A change made from a version that was no longer current: both values are kept until a person
-- resolves it (the resolution will itself be a change, resolved_seq).
CREATE TABLE sl_conflicts (
  id bigserial PRIMARY KEY,
  change_seq bigint NOT NULL UNIQUE REFERENCES sl_change_log (seq),
  table_name text NOT NULL,
  row_key text NOT NULL,
  field text NOT NULL,
  base_version bigint NOT NULL,
  current_version bigint REFERENCES sl_change_log (seq),
  current_value jsonb,
  proposed_value jsonb NOT NULL,
  resolved_seq bigint REFERENCES sl_change_log (seq)
);
CREATE INDEX sl_conflicts_open ON sl_conflicts (id) WHERE resolved_seq IS NULL;

-- Push one replica's changes, in outbox order. Each change is a JSON object:
--   { originSeq, table, rowKey, field, value, baseVersion, baseOriginSeq, actor, hlc }
-- baseOriginSeq (or null) names an earlier change of the same replica that this one edits further.
-- Returns one row per change: its change-log number and whether it was applied or is a conflict.
CREATE FUNCTION sl_push(p_origin text, p_changes jsonb)
RETURNS TABLE (origin_seq bigint, seq bigint, outcome text)
LANGUAGE plpgsql AS $fn$
#variable_conflict use_column
DECLARE
  change jsonb;
  known record;
  base_change record;
  cur_version bigint;
  cur_value jsonb;
  effective_base bigint;
  new_seq bigint;
  new_outcome text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('serviceledger.sl_push'));
  FOR change IN SELECT value FROM jsonb_array_elements(p_changes) LOOP
    origin_seq := (change->>'originSeq')::bigint;
    -- A retried push: answer as the first time, log nothing new.
    SELECT l.seq, l.outcome INTO known FROM sl_change_log l WHERE l.origin = p_origin AND l.origin_seq = (change->>'originSeq')::bigint;
    IF FOUND THEN
      seq := known.seq;
      outcome := known.outcome;
      RETURN NEXT;
      CONTINUE;
    END IF;

    effective_base := (change->>'baseVersion')::bigint;
    IF change->>'baseOriginSeq' IS NOT NULL THEN
      SELECT l.seq, l.outcome INTO base_change FROM sl_change_log l
        WHERE l.origin = p_origin AND l.origin_seq = (change->>'baseOriginSeq')::bigint;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'change % of replica % is based on its change %, which was never pushed',
          change->>'originSeq', p_origin, change->>'baseOriginSeq';
      END IF;
      -- Based on an own edit that lost a conflict: this one conflicts too (keeps both values).
      effective_base := CASE WHEN base_change.outcome = 'applied' THEN base_change.seq ELSE -1 END;
    END IF;

    SELECT f.version, f.value INTO cur_version, cur_value FROM sl_field_versions f
      WHERE f.table_name = change->>'table' AND f.row_key = change->>'rowKey' AND f.field = change->>'field'
      FOR UPDATE;
    IF NOT FOUND THEN
      cur_version := 0;
      cur_value := NULL;
    END IF;
    -- Applied when made from the current version, or when it sets the value already there.
    IF effective_base = cur_version OR cur_value = change->'value' THEN
      new_outcome := 'applied';
    ELSE
      new_outcome := 'conflict';
    END IF;

    INSERT INTO sl_change_log (origin, origin_seq, table_name, row_key, field, value, base_version, actor, hlc, outcome)
      VALUES (p_origin, (change->>'originSeq')::bigint, change->>'table', change->>'rowKey', change->>'field', change->'value',
              (change->>'baseVersion')::bigint, change->>'actor', change->>'hlc', new_outcome)
      RETURNING sl_change_log.seq INTO new_seq;

    IF new_outcome = 'applied' THEN
      INSERT INTO sl_field_versions (table_name, row_key, field, version, value)
        VALUES (change->>'table', change->>'rowKey', change->>'field', new_seq, change->'value')
        ON CONFLICT (table_name, row_key, field) DO UPDATE SET version = EXCLUDED.version, value = EXCLUDED.value;
    ELSE
      INSERT INTO sl_conflicts (change_seq, table_name, row_key, field, base_version, current_version, current_value, proposed_value)
        VALUES (new_seq, change->>'table', change->>'rowKey', change->>'field', (change->>'baseVersion')::bigint,
                NULLIF(cur_version, 0), cur_value, change->'value');
    END IF;

    seq := new_seq;
    outcome := new_outcome;
    RETURN NEXT;
  END LOOP;
END
$fn$;
`;
