import type Database from 'better-sqlite3';
import type { CountsInput, InboxCounts, InboxInput, InboxItem } from '../../../shared/api/reviews-api';
import { reviewState, stateThresholds } from '../../../shared/domain/review-dates';
import { REVIEW_SUBJECT_KINDS, type ReviewPolicy, type ReviewSubjectKind } from '../../../shared/domain/review-policy';
import { AppError } from '../../../shared/api/errors';
import { placeholders } from '../sql-helpers';
import { statement } from '../risks/statements';
import { approvableKinds } from './review-approvers';
import { bandNames, getPolicy } from './review-policy-repository';
import { describeReviewer, personReviews, reviewerSql } from './review-reviewers';
import { SUBJECT_SQL } from './review-subjects';

type Params = Array<string | number>;

/**
 * One UNION ALL branch per kind: the open subjects of that kind due on or before the kind's
 * "due soon" horizon, for a person (or everyone), by band and service. Each branch is served by
 * a partial index on (reviewer, due date) or (due date).
 */
function branches(
  db: Database.Database,
  policy: ReviewPolicy,
  filter: CountsInput,
  today: string,
  columns: (kind: ReviewSubjectKind, params: Params) => string,
) {
  const kinds = REVIEW_SUBJECT_KINDS.filter((kind) => (!filter.kinds || filter.kinds.includes(kind)) && (!filter.band || kind === 'risk'));
  let bandRank: number | null = null;
  if (filter.band) {
    const names = bandNames(db);
    bandRank = names.findIndex((name) => name.toLowerCase() === filter.band!.toLowerCase());
    if (bandRank < 0) throw new AppError('invalid_input', `Band: "${filter.band}" is not a band of the risk matrix (${names.join(', ')}).`, 'band');
  }
  const params: Params = [];
  // Which of each kind's subjects are the person's: those they own (the default rule), or every
  // one when the policy names them or their role as the kind's reviewer, or none.
  const mine = new Map(kinds.map((kind) => [kind, filter.personId === null ? ('all' as const) : personReviews(db, policy[kind].reviewer, filter.personId)]));
  // A person's own reviews, due up to the kind's horizon.
  const own = kinds
    .filter((kind) => mine.get(kind) !== 'none')
    .map((kind) => {
      const s = SUBJECT_SQL[kind];
      const select = columns(kind, params);
      const horizon = stateThresholds(today, policy[kind].dueSoonDays, policy[kind].escalateAfterDays).dueSoonUntil;
      const where = [s.open, `${s.due} <= ?`];
      params.push(horizon);
      if (mine.get(kind) === 'owned') {
        where.push(`${s.reviewer} = ?`);
        params.push(filter.personId!);
      }
      return narrowed(kind, select, where);
    });
  // Escalation: a review overdue past the kind's escalation days lands in the inbox of whoever may
  // approve that kind, beside the reviewer's own (in "all people" it is already listed once, and a
  // person who reviews every subject of the kind already has it).
  const escalatedKinds =
    filter.personId === null ? [] : approvableKinds(db, policy, filter.personId).filter((kind) => kinds.includes(kind) && mine.get(kind) !== 'all');
  const escalated = escalatedKinds.map((kind) => {
    const s = SUBJECT_SQL[kind];
    const select = columns(kind, params);
    const where = [s.open, `${s.due} < ?`, `coalesce(${reviewerSql(kind, policy[kind].reviewer)}, 0) <> ?`];
    params.push(stateThresholds(today, policy[kind].dueSoonDays, policy[kind].escalateAfterDays).escalatedBefore, filter.personId!);
    return narrowed(kind, select, where);
  });
  function narrowed(kind: ReviewSubjectKind, select: string, where: string[]): string {
    const s = SUBJECT_SQL[kind];
    if (bandRank !== null) {
      where.push(`${s.band} = ?`);
      params.push(bandRank);
    }
    if (filter.serviceId !== undefined) {
      where.push(s.ofService);
      params.push(filter.serviceId);
    }
    return `SELECT ${select} FROM ${s.from} WHERE ${where.join(' AND ')}`;
  }
  const parts = [...own, ...escalated];
  return { sql: parts.length ? parts.join(' UNION ALL ') : null, params };
}

interface InboxRow {
  kind: ReviewSubjectKind;
  id: number;
  code: string;
  title: string;
  due: string;
  reviewer_id: number | null;
  band: number | null;
}

/** Reviews due, most urgent first (overdue, then this week, then soon), one page. */
export function inbox(db: Database.Database, input: InboxInput, today: string): { rows: InboxItem[]; total: number } {
  const policy = getPolicy(db);
  const { sql, params } = branches(db, policy, input, today, (kind) => {
    const s = SUBJECT_SQL[kind];
    return `'${kind}' AS kind, ${s.alias}.id AS id, ${s.code} AS code, ${s.title} AS title, ${s.due} AS due, ${reviewerSql(kind, policy[kind].reviewer)} AS reviewer_id, ${s.band} AS band`;
  });
  if (!sql) return { rows: [], total: 0 };
  // ORDER BY on the compound itself (not on a sub-query of it) lets SQLite merge the branches as
  // each walks its due-date index, and stop after one page: ~5 ms instead of sorting every due row.
  const rows = statement(db, `${sql} ORDER BY due, kind, id LIMIT ? OFFSET ?`).all(...params, input.limit, input.offset) as InboxRow[];
  const total =
    (statement(db, `SELECT count(*) FROM (${sql})`)
      .pluck()
      .get(...params) as number) ?? 0;
  const ids = [...new Set(rows.map((row) => row.reviewer_id).filter((id): id is number => id !== null))];
  const names = new Map(
    ids.length
      ? (db.prepare(`SELECT id, name FROM people WHERE id IN (${placeholders(ids.length)})`).all(...ids) as Array<{ id: number; name: string }>).map((p) => [
          p.id,
          p.name,
        ])
      : [],
  );
  const bands = bandNames(db);
  return {
    total,
    rows: rows.map((row) => ({
      kind: row.kind,
      subjectId: row.id,
      code: row.code,
      title: row.title,
      dueOn: row.due,
      state: reviewState(row.due, today, policy[row.kind].dueSoonDays, policy[row.kind].escalateAfterDays),
      reviewerId: row.reviewer_id,
      // A kind reviewed by anyone with a role has no single reviewer: the inbox names the role.
      reviewerName:
        policy[row.kind].reviewer.by === 'role'
          ? describeReviewer(db, row.kind, policy[row.kind].reviewer)
          : row.reviewer_id === null
            ? null
            : (names.get(row.reviewer_id) ?? null),
      band: row.band === null ? null : (bands[row.band] ?? null),
    })),
  };
}

/**
 * The inbox's counts in ONE statement: each branch carries its kind's thresholds as constants,
 * the outer query sums them, and a scalar sub-query counts the approvals waiting for the person.
 */
export function inboxCounts(db: Database.Database, filter: CountsInput, today: string): InboxCounts {
  const policy = getPolicy(db);
  const { sql, params } = branches(db, policy, filter, today, (kind, branchParams) => {
    const t = stateThresholds(today, policy[kind].dueSoonDays, policy[kind].escalateAfterDays);
    branchParams.push(t.escalatedBefore);
    return `${SUBJECT_SQL[kind].due} AS due, ? AS escalated_before`;
  });
  const { thisWeekUntil } = stateThresholds(today, 0, 0);
  let approvals = '0';
  const approvalParams: Params = [];
  if (filter.personId === null) approvals = "(SELECT count(*) FROM reviews WHERE status = 'pending_approval')";
  else {
    const kinds = approvableKinds(db, policy, filter.personId);
    if (kinds.length) {
      approvals = `(SELECT count(*) FROM reviews WHERE status = 'pending_approval' AND subject_kind IN (${placeholders(kinds.length)})
                     AND coalesce(requested_by_id, 0) <> ? AND coalesce(reviewer_id, 0) <> ?)`;
      approvalParams.push(...kinds, filter.personId, filter.personId);
    }
  }
  const source = sql ?? 'SELECT NULL AS due, NULL AS escalated_before WHERE 0';
  const row = statement(
    db,
    `SELECT coalesce(sum(due < ?), 0) AS overdue, coalesce(sum(due < escalated_before), 0) AS escalated,
            coalesce(sum(due >= ? AND due <= ?), 0) AS dueThisWeek, coalesce(sum(due >= ?), 0) AS dueSoon, ${approvals} AS awaitingApproval
       FROM (${source})`,
  ).get(today, today, thisWeekUntil, today, ...approvalParams, ...(sql ? params : [])) as InboxCounts;
  return row;
}
