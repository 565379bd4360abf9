import { stateThresholds } from '../../shared/domain/review-dates';
import { DEFAULT_REVIEW_POLICY, REVIEW_SUBJECT_KINDS } from '../../shared/domain/review-policy';
import type { BenchContext, Figure, FigureFactory } from './figure';

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

// The same inbox written by hand: one branch per kind (open subjects due by the kind's "due soon"
// horizon), with the default policy's thresholds. A hand-written inbox still has to read the
// policy (its thresholds are the user's) and, for one person, that person's role (which decides
// the approvals and escalations they see), so raw reads both too. The ratio is the API's own cost
// (validation, the call gate, state and band mapping, reviewer names).
const BRANCHES = {
  risk: "SELECT 'risk' AS kind, r.id, r.code, r.title, r.next_review_date AS due, r.owner_id AS reviewer_id, r.residual_band AS band FROM risks r WHERE r.status <> 'closed' AND r.next_review_date <= ?",
  sla: "SELECT 'sla', l.id, l.code, l.name, l.review_date, ls.owner_id, NULL FROM slas l JOIN services ls ON ls.id = l.service_id WHERE l.status <> 'expired' AND l.review_date <= ?",
  service:
    "SELECT 'service', s.id, s.code, s.name, s.next_review_date, s.owner_id, NULL FROM services s WHERE s.lifecycle <> 'retired' AND s.next_review_date <= ?",
  supplier: "SELECT 'supplier', u.id, u.name, u.name, u.next_review_date, u.manager_id, NULL FROM suppliers u WHERE 1 AND u.next_review_date <= ?",
} as const;

function horizons(today: string): string[] {
  return REVIEW_SUBJECT_KINDS.map(
    (kind) => stateThresholds(today, DEFAULT_REVIEW_POLICY[kind].dueSoonDays, DEFAULT_REVIEW_POLICY[kind].escalateAfterDays).dueSoonUntil,
  );
}

function policyAndRoleReader(raw: BenchContext['raw']) {
  const policy = raw.prepare('SELECT policy_json FROM review_policy WHERE id = 1').pluck();
  const role = raw.prepare('SELECT role FROM people WHERE id = ?').pluck();
  return (personId: number | null) => [JSON.parse((policy.get() as string | undefined) ?? '{}') as unknown, personId === null ? null : role.get(personId)];
}

function busiestOwner({ raw }: BenchContext): number {
  return raw
    .prepare("SELECT owner_id FROM risks WHERE owner_id IS NOT NULL AND status <> 'closed' GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1")
    .pluck()
    .get() as number;
}

/** The first page (100 rows) of everyone's inbox: most urgent first, with the total. */
export const reviewsInboxAll: FigureFactory = ({ raw, call }): Figure => {
  const today = todayUtc();
  const union = REVIEW_SUBJECT_KINDS.map((kind) => BRANCHES[kind]).join(' UNION ALL ');
  const page = raw.prepare(`${union} ORDER BY due, kind, id LIMIT 100 OFFSET 0`);
  const names = raw.prepare('SELECT id, name FROM people WHERE id IN (SELECT value FROM json_each(?))');
  const total = raw.prepare(`SELECT count(*) FROM (${union})`).pluck();
  const readInputs = policyAndRoleReader(raw);
  return {
    name: 'reviews.inbox (all people, first 100 rows)',
    api: () => call('reviews.inbox', { personId: null, limit: 100 }),
    raw: () => {
      readInputs(null);
      const rows = page.all(...horizons(today)) as Array<{ reviewer_id: number | null }>;
      return [rows, names.all(JSON.stringify([...new Set(rows.map((row) => row.reviewer_id))])), total.get(...horizons(today))];
    },
  };
};

/** The counts (overdue, escalated, this week, soon, approvals) in one statement, for one owner and for everyone. */
function countsFigure(name: string, person: 'busiest' | 'all'): FigureFactory {
  return (bench) => {
    const { raw, call } = bench;
    const personId = person === 'all' ? null : busiestOwner(bench);
    const today = todayUtc();
    const reviewer = { risk: 'r.owner_id', sla: 'ls.owner_id', service: 's.owner_id', supplier: 'u.manager_id' } as const;
    const branches = REVIEW_SUBJECT_KINDS.map((kind) => {
      const base = BRANCHES[kind].replace(
        /^SELECT .*? FROM/,
        'SELECT ' +
          (kind === 'risk' ? 'r.next_review_date' : kind === 'sla' ? 'l.review_date' : kind === 'service' ? 's.next_review_date' : 'u.next_review_date') +
          ' AS due, ? AS escalated_before FROM',
      );
      return personId === null ? base : `${base} AND ${reviewer[kind]} = ?`;
    });
    const counts = raw.prepare(
      `SELECT coalesce(sum(due < ?), 0), coalesce(sum(due < escalated_before), 0), coalesce(sum(due >= ? AND due <= ?), 0), coalesce(sum(due >= ?), 0),
              (SELECT count(*) FROM reviews WHERE status = 'pending_approval') FROM (${branches.join(' UNION ALL ')})`,
    );
    const params = REVIEW_SUBJECT_KINDS.flatMap((kind, index) => {
      const t = stateThresholds(today, DEFAULT_REVIEW_POLICY[kind].dueSoonDays, DEFAULT_REVIEW_POLICY[kind].escalateAfterDays);
      return personId === null ? [t.escalatedBefore, horizons(today)[index]!] : [t.escalatedBefore, horizons(today)[index]!, personId];
    });
    const week = stateThresholds(today, 0, 0).thisWeekUntil;
    const readInputs = policyAndRoleReader(raw);
    return {
      name,
      api: () => call('reviews.counts', { personId }),
      raw: () => [readInputs(personId), counts.get(today, today, week, today, ...params)],
    };
  };
}

export const reviewsCountsOwner = countsFigure('reviews.counts (one owner: the busiest)', 'busiest');
export const reviewsCountsAll = countsFigure('reviews.counts (all people)', 'all');
