import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ManagementReview } from '../../../shared/api/management-reviews-api';
import { canonicalJson } from '../../../shared/management-review/canonical-json';
import { compileActionBurnDown } from '../../../shared/management-review/action-burn-down';
import { compileChanges } from '../../../shared/management-review/changes';
import { compilePreviousActions } from '../../../shared/management-review/previous-actions';
import type { DecisionView, ReviewContent, ReviewHeader, ReviewSnapshot } from '../../../shared/management-review/review-content';
import { compileReviewTimeliness } from '../../../shared/management-review/review-timeliness';
import { compileRisks, type HeatMapView } from '../../../shared/management-review/risks-input';
import { compileServicePerformance } from '../../../shared/management-review/service-performance';
import { compileSupplierPerformance } from '../../../shared/management-review/supplier-performance';
import { getOrganisationName } from '../meta-repository';
import type { Actor } from '../audit-repository';
import { actionBurnDownRows, changesRaw, previousActionRows, reviewMonths, risksRaw, servicePerformanceRaw, supplierPerformanceRaw } from './input-queries';
import { getManagementReview, reviewState, setStatus } from './review-records';
import { reviewTimelinessFromRecords } from './review-workflow-timeliness';

export const sha256Hex = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

interface PreviousReview {
  id: number;
  title: string;
  period_to: string;
  as_of: string | null;
  snapshot_json: string | null;
}

/** The last held or closed review whose period ended before this one began. */
function previousReview(db: Database.Database, review: ManagementReview): PreviousReview | null {
  return (
    (db
      .prepare(
        `SELECT id, title, period_to, as_of, snapshot_json FROM management_reviews
          WHERE id <> ? AND period_to < ? AND status IN ('held', 'closed') ORDER BY period_to DESC, id DESC LIMIT 1`,
      )
      .get(review.id, review.periodFrom) as PreviousReview | undefined) ?? null
  );
}

/** Every input of 9.3 compiled from the workspace as it is now, as of `asOf` (instant) and `asOfDate`. */
export function compileSnapshot(
  db: Database.Database,
  review: ManagementReview,
  asOf: string,
  asOfDate: string,
  options: { riskMapFromHistory?: boolean } = {},
): ReviewSnapshot {
  const previous = previousReview(db, review);
  const window = { from: review.periodFrom, to: review.periodTo };
  const { periods, previousPeriods } = reviewMonths(window, asOfDate);
  const performance = servicePerformanceRaw(db, periods, previousPeriods);
  const suppliers = supplierPerformanceRaw(db, periods);
  const previousMap = previous?.snapshot_json ? ((JSON.parse(previous.snapshot_json) as ReviewSnapshot).inputs.risks.now as HeatMapView) : null;
  const timeliness = reviewTimelinessFromRecords(db, window, asOfDate);
  const since = previous?.as_of ? previous.as_of.slice(0, 10) : review.periodFrom;
  const header: ReviewHeader = {
    id: review.id,
    title: review.title,
    organisation: getOrganisationName(db),
    periodFrom: review.periodFrom,
    periodTo: review.periodTo,
    meetingDate: review.meetingDate,
    chair: review.chairName,
    preparer: review.preparerName,
    attendees: review.attendees.map((a) => a.name),
    previousReview: previous ? { id: previous.id, title: previous.title, periodTo: previous.period_to } : null,
  };
  return {
    format: 'serviceledger.management-review/1',
    asOf,
    asOfDate,
    review: header,
    inputs: {
      previousActions: {
        ...compilePreviousActions(previousActionRows(db, review.id, review.periodFrom, since), asOfDate, previous?.id ?? null),
        burnDown: compileActionBurnDown(actionBurnDownRows(db, window), window, asOfDate),
      },
      changes: compileChanges(changesRaw(db, window), window, asOfDate),
      servicePerformance: compileServicePerformance(periods, previousPeriods, performance.results, performance.breaches, performance.actions),
      supplierPerformance: compileSupplierPerformance(suppliers.results, suppliers.contracts, periods, asOfDate),
      risks: compileRisks(risksRaw(db, window, asOfDate, previousMap, previous !== null, options.riskMapFromHistory ?? false), window, asOfDate),
      reviewTimeliness: compileReviewTimeliness(timeliness.done, timeliness.overdue),
    },
    narratives: review.narratives,
  };
}

function decisionViews(review: ManagementReview): DecisionView[] {
  return review.decisions.map((d) => ({
    id: d.id,
    type: d.type,
    title: d.title,
    description: d.description,
    ownerName: d.ownerName,
    dueDate: d.dueDate,
    inputKey: d.inputKey,
  }));
}

/** What a review shows: its frozen snapshot once held, else compiled live at `now`. */
export function reviewContent(db: Database.Database, id: number, now: string, today: string): ReviewContent {
  const state = reviewState(db, id);
  const review = getManagementReview(db, id);
  const frozen = state.snapshot_json !== null;
  const snapshot = frozen ? (JSON.parse(state.snapshot_json!) as ReviewSnapshot) : compileSnapshot(db, review, now, today);
  return {
    status: review.status,
    frozen,
    snapshotSha256: state.snapshot_sha256,
    snapshot,
    decisions: decisionViews(review),
    signOff: review.signedOffBy && review.signedOffAt ? { by: review.signedOffBy.name, at: review.signedOffAt } : null,
  };
}

/** Mark a review held: freeze its compiled inputs and narratives (canonical JSON + SHA-256). */
export function holdManagementReview(
  db: Database.Database,
  actor: Actor,
  id: number,
  now: string,
  today: string,
  options: { riskMapFromHistory?: boolean } = {},
): ManagementReview {
  const state = reviewState(db, id);
  if (state.status !== 'planned' && state.status !== 'in_preparation')
    throw new AppError('conflict', `This review is already ${state.status === 'held' ? 'held' : 'closed'}; its snapshot stays as it was frozen.`);
  const review = getManagementReview(db, id);
  if (review.chairId === null) throw new AppError('invalid_input', 'Choose the chair before marking the review held.', 'chairId');
  const meetingDate = review.meetingDate ?? today;
  const json = canonicalJson(compileSnapshot(db, { ...review, meetingDate }, now, today, options));
  setStatus(db, actor, id, state.status, 'held', { as_of: now, meeting_date: meetingDate, snapshot_json: json, snapshot_sha256: sha256Hex(json) }, now);
  return getManagementReview(db, id);
}

/** Close a held review: every decision owned and dated, signed off by its chair (not the preparer when the review requires it). */
export function closeManagementReview(db: Database.Database, actor: Actor, id: number, signedOffById: number, now: string): ManagementReview {
  const state = reviewState(db, id);
  if (state.status !== 'held')
    throw new AppError('conflict', state.status === 'closed' ? 'This review is already closed.' : 'Mark the review held before closing it.');
  const review = getManagementReview(db, id);
  const unowned = review.decisions.find((d) => d.ownerId === null || d.dueDate === null);
  if (unowned) {
    const missing = unowned.ownerId === null ? 'owner' : 'due date';
    throw new AppError(
      'invalid_input',
      `Every decision needs an owner and a due date before closing: “${unowned.title}” has no ${missing}.`,
      `decisions.${review.decisions.indexOf(unowned)}.${unowned.ownerId === null ? 'ownerId' : 'dueDate'}`,
    );
  }
  if (!db.prepare('SELECT 1 FROM people WHERE id = ?').get(signedOffById))
    throw new AppError('invalid_input', `Signed off by must be a person in the workspace; there is no person with id ${signedOffById}.`, 'signedOffById');
  if (signedOffById !== review.chairId)
    throw new AppError('invalid_input', `Only the chair (${review.chairName ?? 'not chosen'}) can sign the review off.`, 'signedOffById');
  if (review.independentChair && review.chairId === review.preparerId)
    throw new AppError('invalid_input', 'The chair prepared this review; the policy needs a chair other than the preparer to sign it off.', 'signedOffById');
  setStatus(db, actor, id, 'held', 'closed', { signed_off_by: signedOffById, signed_off_at: now }, now);
  return getManagementReview(db, id);
}
