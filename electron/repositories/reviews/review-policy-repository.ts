import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { PolicyChangePreviewResult, PreviewLine, ReviewPolicyInfo } from '../../../shared/api/reviews-api';
import { previewPolicyChange, type ScheduledSubject } from '../../../shared/domain/review-dates';
import {
  DEFAULT_REVIEW_POLICY,
  REVIEW_SUBJECT_KINDS,
  cadenceFor,
  policyProblems,
  sameReviewerRule,
  withReviewerRules,
  type ReviewPolicy,
  type ReviewSubjectKind,
} from '../../../shared/domain/review-policy';
import { recordAudit, type Actor } from '../audit-repository';
import { currentMatrix } from '../risks/matrix-repository';
import { statement } from '../risks/statements';
import { assertPolicyPeople, describeReviewer } from './review-reviewers';
import { SUBJECT_SQL, setSubjectDueDate } from './review-subjects';

interface PolicyRow {
  policy_json: string;
  updated_at: string;
  updated_by: string;
}

/** The policy in force: the stored one, or the built-in defaults until someone saves one. */
export function getPolicy(db: Database.Database): ReviewPolicy {
  const json = (statement(db, 'SELECT policy_json FROM review_policy WHERE id = 1').get() as Pick<PolicyRow, 'policy_json'> | undefined)?.policy_json;
  if (json === undefined) return DEFAULT_POLICY_FROZEN;
  // The inbox and its counts read the policy on every call; parse it again only when it changed.
  // Frozen, because the parsed object is shared between calls: a caller that wanted to change it
  // would otherwise change it for everyone.
  const cached = parsedPolicies.get(db);
  if (cached?.json === json) return cached.policy;
  // Policies saved before reviewer rules existed read as "the owner reviews".
  const policy = deepFreeze(withReviewerRules(JSON.parse(json) as ReviewPolicy));
  parsedPolicies.set(db, { json, policy });
  return policy;
}

const parsedPolicies = new WeakMap<Database.Database, { json: string; policy: ReviewPolicy }>();
const DEFAULT_POLICY_FROZEN = deepFreeze(structuredClone(DEFAULT_REVIEW_POLICY));

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export function bandNames(db: Database.Database): string[] {
  return currentMatrix(db).matrix.banding.bands.map((band) => band.name);
}

export function getPolicyInfo(db: Database.Database): ReviewPolicyInfo {
  const row = db.prepare('SELECT policy_json, updated_at, updated_by FROM review_policy WHERE id = 1').get() as PolicyRow | undefined;
  return { policy: getPolicy(db), bands: bandNames(db), updatedAt: row?.updated_at ?? null, updatedBy: row?.updated_by ?? null };
}

/** Throws the first problem of a policy as an invalid_input error naming its field. */
export function assertPolicy(policy: ReviewPolicy): void {
  const [problem] = policyProblems(policy);
  if (problem) throw new AppError('invalid_input', problem.message, `policy.${problem.field}`);
}

interface ScheduleRow {
  id: number;
  code: string;
  title: string;
  due: string | null;
  band: number | null;
  tier: number | null;
  last_done: string | null;
}

type Key = { kind: ReviewSubjectKind; id: number; code: string; title: string };

/** Every open subject's schedule under the old and the new policy. */
function* schedules(db: Database.Database, oldPolicy: ReviewPolicy, newPolicy: ReviewPolicy): Generator<ScheduledSubject<Key>> {
  const bands = bandNames(db);
  for (const kind of REVIEW_SUBJECT_KINDS) {
    const s = SUBJECT_SQL[kind];
    const rows = db
      .prepare(
        `SELECT ${s.alias}.id, ${s.code} AS code, ${s.title} AS title, ${s.due} AS due, ${s.band} AS band, ${s.tier} AS tier,
                (SELECT max(v.reviewed_on) FROM reviews v WHERE v.subject_kind = '${kind}' AND v.subject_id = ${s.alias}.id AND v.status <> 'rejected') AS last_done
           FROM ${s.from} WHERE ${s.open}`,
      )
      .iterate() as Iterable<ScheduleRow>;
    for (const row of rows) {
      const basis = { kind, band: row.band === null ? null : (bands[row.band] ?? null), tier: row.tier };
      yield {
        key: { kind, id: row.id, code: row.code, title: row.title },
        dueOn: row.due,
        lastDoneOn: row.last_done,
        oldCadence: cadenceFor(oldPolicy, basis),
        newCadence: cadenceFor(newPolicy, basis),
      };
    }
  }
}

const LISTED = 200;

function computePreview(db: Database.Database, policy: ReviewPolicy) {
  assertPolicy(policy);
  assertPolicyPeople(db, policy);
  return previewPolicyChange(schedules(db, getPolicy(db), policy));
}

/** Kinds whose reviewer rule changes, with who reviews before and after and how many open subjects that concerns. */
function reviewerChanges(db: Database.Database, oldPolicy: ReviewPolicy, newPolicy: ReviewPolicy): PolicyChangePreviewResult['reviewerChanges'] {
  return REVIEW_SUBJECT_KINDS.filter((kind) => !sameReviewerRule(oldPolicy[kind].reviewer, newPolicy[kind].reviewer)).map((kind) => {
    const s = SUBJECT_SQL[kind];
    return {
      kind,
      from: describeReviewer(db, kind, oldPolicy[kind].reviewer),
      to: describeReviewer(db, kind, newPolicy[kind].reviewer),
      openSubjects: db.prepare(`SELECT count(*) FROM ${s.from} WHERE ${s.open}`).pluck().get() as number,
    };
  });
}

/** What saving `policy` would do to stored due dates; lists the first 200 of each group. */
export function previewPolicy(db: Database.Database, policy: ReviewPolicy): PolicyChangePreviewResult {
  const preview = computePreview(db, policy);
  const line = (key: Key, from: string, to: string): PreviewLine => ({ ...key, from, to });
  return {
    moves: preview.moves.slice(0, LISTED).map((move) => line(move.key, move.from, move.to)),
    movesTotal: preview.moves.length,
    keptSetByHand: preview.keptSetByHand.slice(0, LISTED).map((kept) => line(kept.key, kept.dueOn, kept.policyWouldGive)),
    keptTotal: preview.keptSetByHand.length,
    noBasis: preview.noBasis.length,
    reviewerChanges: reviewerChanges(db, getPolicy(db), policy),
  };
}

/**
 * Save the policy. With `moveDates`, the due dates that follow the old policy move to the new
 * cadence (one audit entry per subject); dates set by a person never move here.
 */
export function updatePolicy(db: Database.Database, actor: Actor, policy: ReviewPolicy, moveDates: boolean, now: string): ReviewPolicyInfo {
  const before = getPolicy(db);
  const preview = computePreview(db, policy);
  db.prepare(
    `INSERT INTO review_policy (id, policy_json, updated_at, updated_by) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET policy_json = excluded.policy_json, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(JSON.stringify(policy), now, actor.name);
  recordAudit(db, actor, { entity: 'review_policy', entityId: 1, action: 'update', before, after: policy }, now);
  if (moveDates) {
    for (const move of preview.moves) setSubjectDueDate(db, actor, move.key.kind, move.key.id, move.from, move.to, 'review policy changed', now);
  }
  return getPolicyInfo(db);
}
