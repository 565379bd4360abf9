/**
 * The team database (PostgreSQL 15): an ordered change log, the current value of every shared
 * record, the version of each field edited since its record was created, and the conflicts
 * waiting for a person. Kept as TypeScript (not a .sql file) so the built app carries it.
 *
 * Push is the function `sl_push`, so the merge rule runs inside PostgreSQL in ONE transaction with
 * no server of ours in between. It takes a transaction-scoped advisory lock first: pushes are
 * serialised, so change-log numbers are assigned and committed in the same order. Without that, a
 * pull could see change 12 committed before 11 and move its cursor past 11 for good (a gap).
 */
export const TEAM_SCHEMA_VERSION = 1;

/** Columns whose value must be unique in their table (ignoring case), as the workspace's own unique indexes say. */
export const UNIQUE_COLUMNS: ReadonlyArray<readonly [table: string, field: string]> = [
  ['services', 'code'],
  ['slas', 'code'],
  ['risks', 'code'],
  ['people', 'name'],
  ['suppliers', 'name'],
];

/**
 * Records that are the same fact when these fields agree (the workspace's own multi-column unique
 * constraints): two people entering October's availability for one SLA target offline made one
 * measurement, not two. The later one is a conflict on the first one's differing fields.
 */
export const SAME_RECORD_KEYS: ReadonlyArray<readonly [table: string, fields: readonly string[]]> = [
  ['sla_measurements', ['target_id', 'period']],
  ['outages', ['service_id', 'start_at', 'end_at']],
];

/** Whether the team renames a taken value of this column (a code or a name). */
export function isUniqueColumn(table: string, column: string): boolean {
  return UNIQUE_COLUMNS.some(([uniqueTable, field]) => uniqueTable === table && field === column);
}

export const TEAM_SCHEMA_SQL = `
CREATE TABLE sl_team_meta (
  key text PRIMARY KEY,
  value text NOT NULL
);

-- seq is the total order of the team's changes and every replica's pull cursor. A change is
-- identified by the replica it came from and its outbox id there: a retried push is recognised
-- and never logged twice. field is a column, '*insert' (value: the whole record) or '*delete'.
-- value is what the team applied (a taken code renamed, for outcome 'renamed'); proposed is
-- what the replica sent when that differs.
CREATE TABLE sl_change_log (
  seq bigserial PRIMARY KEY,
  origin text NOT NULL,
  origin_seq bigint NOT NULL,
  table_name text NOT NULL,
  row_key text NOT NULL,
  field text NOT NULL,
  value jsonb,
  proposed jsonb,
  base_version bigint NOT NULL,
  actor text NOT NULL,
  at text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('applied', 'conflict', 'renamed', 'skipped')),
  note text,
  pushed_by name NOT NULL DEFAULT session_user,
  UNIQUE (origin, origin_seq)
);

-- Every shared record as the team has it now: the change that created it (its version until a
-- field is edited) and, once deleted, the change that deleted it.
CREATE TABLE sl_rows (
  table_name text NOT NULL,
  row_key text NOT NULL,
  version bigint NOT NULL REFERENCES sl_change_log (seq),
  deleted_seq bigint REFERENCES sl_change_log (seq),
  value jsonb NOT NULL,
  -- The fields that make it the same fact (SAME_RECORD_KEYS), joined; null for other tables.
  same_key text,
  PRIMARY KEY (table_name, row_key)
);
CREATE INDEX sl_rows_same_key ON sl_rows (table_name, same_key) WHERE same_key IS NOT NULL AND deleted_seq IS NULL;

CREATE TABLE sl_same_record_keys (
  table_name text PRIMARY KEY,
  fields text[] NOT NULL
);

-- The same-fact key of a record of this table, or null.
CREATE FUNCTION sl_same_key(p_table text, p_value jsonb)
RETURNS text LANGUAGE sql STABLE AS $fn$
  SELECT (SELECT string_agg(coalesce(p_value ->> f.name, ''), '|' ORDER BY f.ord) FROM unnest(k.fields) WITH ORDINALITY AS f(name, ord))
    FROM sl_same_record_keys k WHERE k.table_name = p_table
$fn$;

-- The change that last set each field edited after its record was created.
CREATE TABLE sl_field_versions (
  table_name text NOT NULL,
  row_key text NOT NULL,
  field text NOT NULL,
  version bigint NOT NULL REFERENCES sl_change_log (seq),
  PRIMARY KEY (table_name, row_key, field)
);

-- Taken codes and names are looked up by these (the unique columns are codes and names).
CREATE INDEX sl_rows_code ON sl_rows (table_name, lower(value ->> 'code')) WHERE deleted_seq IS NULL;
CREATE INDEX sl_rows_name ON sl_rows (table_name, lower(value ->> 'name')) WHERE deleted_seq IS NULL;

CREATE TABLE sl_unique_columns (
  table_name text NOT NULL,
  field text NOT NULL,
  PRIMARY KEY (table_name, field)
);

-- A change made from a version that was no longer current: both values are kept until a person
-- resolves it; the resolution is itself a change (resolved_seq).
CREATE TABLE sl_conflicts (
  id bigserial PRIMARY KEY,
  -- One change can conflict on several fields (the same fact entered twice with other values).
  change_seq bigint NOT NULL REFERENCES sl_change_log (seq),
  table_name text NOT NULL,
  row_key text NOT NULL,
  field text NOT NULL,
  base_version bigint NOT NULL,
  current_version bigint REFERENCES sl_change_log (seq),
  current_value jsonb,
  proposed_value jsonb,
  proposed_by text NOT NULL,
  at text NOT NULL,
  resolved_seq bigint REFERENCES sl_change_log (seq)
);
CREATE INDEX sl_conflicts_open ON sl_conflicts (id) WHERE resolved_seq IS NULL;
CREATE INDEX sl_conflicts_change ON sl_conflicts (change_seq);

-- Whether another live record holds this code or name (spelled out per column, so the indexes serve).
CREATE FUNCTION sl_value_taken(p_table text, p_row_key text, p_field text, p_value text)
RETURNS boolean LANGUAGE sql STABLE AS $fn$
  SELECT CASE p_field
    WHEN 'code' THEN EXISTS (SELECT 1 FROM sl_rows r WHERE r.table_name = p_table AND r.deleted_seq IS NULL AND lower(r.value ->> 'code') = lower(p_value) AND r.row_key <> p_row_key)
    WHEN 'name' THEN EXISTS (SELECT 1 FROM sl_rows r WHERE r.table_name = p_table AND r.deleted_seq IS NULL AND lower(r.value ->> 'name') = lower(p_value) AND r.row_key <> p_row_key)
    ELSE EXISTS (SELECT 1 FROM sl_rows r WHERE r.table_name = p_table AND r.deleted_seq IS NULL AND lower(r.value ->> p_field) = lower(p_value) AND r.row_key <> p_row_key)
  END
$fn$;

-- A value of a unique column that another live record already holds gets the first free "-2",
-- "-3", … suffix, so two people who created RSK-014 offline both keep their risk.
CREATE FUNCTION sl_free_value(p_table text, p_row_key text, p_field text, p_value jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
  wanted text := p_value #>> '{}';
  candidate text;
  n int := 1;
BEGIN
  IF wanted IS NULL OR NOT EXISTS (SELECT 1 FROM sl_unique_columns u WHERE u.table_name = p_table AND u.field = p_field) THEN
    RETURN p_value;
  END IF;
  candidate := wanted;
  WHILE sl_value_taken(p_table, p_row_key, p_field, candidate) LOOP
    n := n + 1;
    candidate := wanted || '-' || n;
  END LOOP;
  RETURN to_jsonb(candidate);
END
$fn$;

-- Push one replica's changes, in outbox order. Each change is a JSON object:
--   { originSeq, table, rowKey, field, value, baseVersion, baseOriginSeq, actor, at, resolvesConflict }
-- baseOriginSeq (or null) names an earlier change of the same replica that this one builds on.
-- Returns one row per change: its change-log number, its outcome and the value the team applied.
CREATE FUNCTION sl_push(p_origin text, p_changes jsonb)
RETURNS TABLE (origin_seq bigint, seq bigint, outcome text, value jsonb)
LANGUAGE plpgsql AS $fn$
#variable_conflict use_column
DECLARE
  change jsonb;
  known record;
  base_change record;
  cur record;
  v_table text;
  v_key text;
  v_field text;
  v_value jsonb;
  v_fixed jsonb;
  v_field_name text;
  cur_version bigint;
  cur_value jsonb;
  effective_base bigint;
  new_seq bigint;
  new_outcome text;
  new_note text;
  last_seq bigint;
  same record;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('serviceledger.sl_push'));
  FOR change IN SELECT c.value FROM jsonb_array_elements(p_changes) c LOOP
    origin_seq := (change->>'originSeq')::bigint;
    -- A retried push: answer as the first time, log nothing new.
    SELECT l.seq, l.outcome, l.value INTO known FROM sl_change_log l WHERE l.origin = p_origin AND l.origin_seq = (change->>'originSeq')::bigint;
    IF FOUND THEN
      seq := known.seq;
      outcome := known.outcome;
      value := known.value;
      RETURN NEXT;
      CONTINUE;
    END IF;

    v_table := change->>'table';
    v_key := change->>'rowKey';
    v_field := change->>'field';
    v_value := change->'value';
    new_outcome := 'applied';
    new_note := NULL;
    SELECT r.version, r.deleted_seq, r.value INTO cur FROM sl_rows r WHERE r.table_name = v_table AND r.row_key = v_key FOR UPDATE;

    IF v_field = '*insert' THEN
      IF FOUND AND cur.deleted_seq IS NULL THEN
        -- A record with a natural key (one review policy, a link) created by two replicas: one record.
        v_value := cur.value || v_value;
      ELSE
        SELECT r.row_key, r.version, r.value INTO same FROM sl_rows r
          WHERE r.table_name = v_table AND r.same_key = sl_same_key(v_table, v_value) AND r.deleted_seq IS NULL AND r.row_key <> v_key LIMIT 1;
        IF FOUND THEN
          new_outcome := 'conflict';
          new_note := 'the same record was entered by someone else first; its differing values wait in Conflicts';
        END IF;
        FOR v_field_name IN SELECT u.field FROM sl_unique_columns u WHERE u.table_name = v_table LOOP
          v_fixed := sl_free_value(v_table, v_key, v_field_name, v_value -> v_field_name);
          IF v_fixed IS DISTINCT FROM v_value -> v_field_name THEN
            new_outcome := 'renamed';
            new_note := format('%s %s was taken; saved as %s', v_field_name, v_value ->> v_field_name, v_fixed #>> '{}');
            v_value := jsonb_set(v_value, ARRAY[v_field_name], v_fixed);
          END IF;
        END LOOP;
      END IF;
    ELSIF v_field = '*delete' THEN
      IF NOT FOUND OR cur.deleted_seq IS NOT NULL THEN
        new_outcome := 'skipped';
        new_note := 'already deleted';
      END IF;
    ELSE
      IF NOT FOUND OR cur.deleted_seq IS NOT NULL THEN
        new_outcome := 'skipped';
        new_note := 'the record was deleted';
      ELSE
        SELECT f.version INTO cur_version FROM sl_field_versions f WHERE f.table_name = v_table AND f.row_key = v_key AND f.field = v_field;
        cur_version := coalesce(cur_version, cur.version);
        cur_value := cur.value -> v_field;
        effective_base := (change->>'baseVersion')::bigint;
        IF change->>'baseOriginSeq' IS NOT NULL THEN
          SELECT l.seq, l.outcome INTO base_change FROM sl_change_log l
            WHERE l.origin = p_origin AND l.origin_seq = (change->>'baseOriginSeq')::bigint;
          IF NOT FOUND THEN
            RAISE EXCEPTION 'change % of replica % builds on its change %, which was never pushed',
              change->>'originSeq', p_origin, change->>'baseOriginSeq';
          END IF;
          -- Built on an own change that lost a conflict: this one conflicts too (both values kept).
          effective_base := CASE WHEN base_change.outcome IN ('applied', 'renamed') THEN base_change.seq ELSE -1 END;
          -- An edit of a record this replica created: based on the creation, whatever field.
          IF effective_base = cur.version AND cur_version <> cur.version THEN effective_base := -1; END IF;
        END IF;
        IF v_field = 'updated_at' THEN
          -- Bookkeeping, not a person's value: the latest moment wins, never a conflict (two
          -- people editing different fields of one record both stamp it).
          v_value := to_jsonb(greatest(cur_value #>> '{}', v_value #>> '{}'));
        ELSIF effective_base = cur_version OR cur_value = v_value THEN
          v_fixed := sl_free_value(v_table, v_key, v_field, v_value);
          IF v_fixed IS DISTINCT FROM v_value THEN
            new_outcome := 'renamed';
            new_note := format('%s %s was taken; saved as %s', v_field, v_value #>> '{}', v_fixed #>> '{}');
            v_value := v_fixed;
          END IF;
        ELSE
          new_outcome := 'conflict';
        END IF;
      END IF;
    END IF;

    INSERT INTO sl_change_log (origin, origin_seq, table_name, row_key, field, value, proposed, base_version, actor, at, outcome, note)
      VALUES (p_origin, (change->>'originSeq')::bigint, v_table, v_key, v_field, v_value,
              CASE WHEN new_outcome = 'renamed' THEN change->'value' END,
              (change->>'baseVersion')::bigint, change->>'actor', change->>'at', new_outcome, new_note)
      RETURNING sl_change_log.seq INTO new_seq;
    last_seq := new_seq;

    IF v_field = '*insert' AND new_outcome = 'conflict' THEN
      -- Not a second record: each value that differs from the first one's waits for a person.
      INSERT INTO sl_conflicts (change_seq, table_name, row_key, field, base_version, current_version, current_value, proposed_value, proposed_by, at)
        SELECT new_seq, v_table, same.row_key, e.key, 0, same.version, same.value -> e.key, e.value, change->>'actor', change->>'at'
          FROM jsonb_each(v_value) AS e
         WHERE e.key NOT IN ('created_at', 'updated_at') AND (same.value -> e.key) IS DISTINCT FROM e.value;
    ELSIF v_field = '*insert' THEN
      INSERT INTO sl_rows (table_name, row_key, version, value, same_key) VALUES (v_table, v_key, new_seq, v_value, sl_same_key(v_table, v_value))
        ON CONFLICT (table_name, row_key) DO UPDATE SET value = EXCLUDED.value, same_key = EXCLUDED.same_key, deleted_seq = NULL,
          version = CASE WHEN sl_rows.deleted_seq IS NULL THEN sl_rows.version ELSE EXCLUDED.version END;
    ELSIF v_field = '*delete' AND new_outcome = 'applied' THEN
      UPDATE sl_rows r SET deleted_seq = new_seq WHERE r.table_name = v_table AND r.row_key = v_key;
    ELSIF new_outcome IN ('applied', 'renamed') THEN
      UPDATE sl_rows r SET value = jsonb_set(r.value, ARRAY[v_field], coalesce(v_value, 'null'::jsonb)),
                           same_key = sl_same_key(v_table, jsonb_set(r.value, ARRAY[v_field], coalesce(v_value, 'null'::jsonb)))
        WHERE r.table_name = v_table AND r.row_key = v_key;
      INSERT INTO sl_field_versions (table_name, row_key, field, version) VALUES (v_table, v_key, v_field, new_seq)
        ON CONFLICT (table_name, row_key, field) DO UPDATE SET version = EXCLUDED.version;
      IF change->>'resolvesConflict' IS NOT NULL THEN
        UPDATE sl_conflicts c SET resolved_seq = new_seq WHERE c.id = (change->>'resolvesConflict')::bigint AND c.resolved_seq IS NULL;
      END IF;
    ELSIF new_outcome = 'conflict' THEN
      INSERT INTO sl_conflicts (change_seq, table_name, row_key, field, base_version, current_version, current_value, proposed_value, proposed_by, at)
        VALUES (new_seq, v_table, v_key, v_field, (change->>'baseVersion')::bigint, cur_version, cur_value, v_value, change->>'actor', change->>'at');
    END IF;

    seq := new_seq;
    outcome := new_outcome;
    value := v_value;
    RETURN NEXT;
  END LOOP;
  IF last_seq IS NOT NULL THEN
    PERFORM pg_notify('serviceledger_changes', last_seq::text);
  END IF;
END
$fn$;

-- Many new records at once (a publish, a large import): logged and stored set-based, in outbox
-- order, many times faster than change by change. Returns no rows — and the caller sends the
-- batch through sl_push instead — unless every change creates a record the team does not have,
-- none was sent before, and no code or name is taken (in the team or twice in the batch).
CREATE FUNCTION sl_push_new_records(p_origin text, p_changes jsonb)
RETURNS TABLE (origin_seq bigint, seq bigint, outcome text, value jsonb)
LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('serviceledger.sl_push'));
  IF EXISTS (
    WITH incoming AS (
      SELECT e.c ->> 'table' AS table_name, e.c ->> 'rowKey' AS row_key, (e.c ->> 'originSeq')::bigint AS change_no, e.c ->> 'field' AS field, e.c -> 'value' AS record
        FROM jsonb_array_elements(p_changes) AS e(c))
    SELECT 1 FROM incoming i WHERE i.field <> '*insert'
    UNION ALL SELECT 1 FROM incoming i JOIN sl_rows r ON r.table_name = i.table_name AND r.row_key = i.row_key
    UNION ALL SELECT 1 FROM incoming i JOIN sl_change_log l ON l.origin = p_origin AND l.origin_seq = i.change_no
    UNION ALL SELECT 1 FROM incoming i JOIN sl_unique_columns u ON u.table_name = i.table_name
      WHERE sl_value_taken(i.table_name, i.row_key, u.field, i.record ->> u.field)
    UNION ALL SELECT 1 FROM incoming i JOIN sl_unique_columns u ON u.table_name = i.table_name
      WHERE i.record ->> u.field IS NOT NULL GROUP BY i.table_name, u.field, lower(i.record ->> u.field) HAVING count(*) > 1
    UNION ALL SELECT 1 FROM incoming i JOIN sl_rows r ON r.table_name = i.table_name AND r.same_key = sl_same_key(i.table_name, i.record) AND r.deleted_seq IS NULL
      WHERE i.table_name IN (SELECT k.table_name FROM sl_same_record_keys k)
    UNION ALL SELECT 1 FROM incoming i WHERE i.table_name IN (SELECT k.table_name FROM sl_same_record_keys k)
      GROUP BY i.table_name, sl_same_key(i.table_name, i.record) HAVING count(*) > 1
  ) THEN
    RETURN;
  END IF;
  RETURN QUERY
    WITH incoming AS (
      SELECT e.ord, e.c ->> 'table' AS table_name, e.c ->> 'rowKey' AS row_key, (e.c ->> 'originSeq')::bigint AS change_no,
             e.c -> 'value' AS record, e.c ->> 'actor' AS actor, e.c ->> 'at' AS at
        FROM jsonb_array_elements(p_changes) WITH ORDINALITY AS e(c, ord)),
    logged AS (
      INSERT INTO sl_change_log (origin, origin_seq, table_name, row_key, field, value, base_version, actor, at, outcome)
      SELECT p_origin, i.change_no, i.table_name, i.row_key, '*insert', i.record, 0, i.actor, i.at, 'applied' FROM incoming i ORDER BY i.ord
      RETURNING sl_change_log.seq, sl_change_log.origin_seq, sl_change_log.table_name, sl_change_log.row_key, sl_change_log.value),
    stored AS (
      INSERT INTO sl_rows (table_name, row_key, version, value, same_key) SELECT l.table_name, l.row_key, l.seq, l.value, sl_same_key(l.table_name, l.value) FROM logged l RETURNING 1)
    SELECT l.origin_seq, l.seq, 'applied'::text, l.value FROM logged l ORDER BY l.seq;
  PERFORM pg_notify('serviceledger_changes', (SELECT max(l.seq) FROM sl_change_log l)::text);
END
$fn$;
`;
