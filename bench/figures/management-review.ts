import type Database from 'better-sqlite3';
import { addPeriods, lastCompletePeriod, periodBounds } from '../../shared/domain/sla-periods';
import {
  actionBurnDownRows,
  changesRaw,
  previousActionRows,
  reviewMonths,
  risksRaw,
  servicePerformanceRaw,
  supplierPerformanceRaw,
} from '../../electron/repositories/management-reviews/input-queries';
import { createManagementReview } from '../../electron/repositories/management-reviews/review-records';
import { holdManagementReview } from '../../electron/repositories/management-reviews/review-snapshot';
import { reviewTimelinessFromRecords } from '../../electron/repositories/management-reviews/review-workflow-timeliness';
import type { FigureFactory } from './figure';

const BENCH_ACTOR = { id: null, name: 'Benchmark' };

/** A review of the last three complete months, made once per run of the bench. */
function benchReview(db: Database.Database, held: boolean): { id: number; window: { from: string; to: string }; today: string } {
  const now = new Date().toISOString();
  const today = now.slice(0, 10);
  const last = lastCompletePeriod(today);
  const window = { from: periodBounds(addPeriods(last, -2)).start, to: periodBounds(last).end };
  const id = db.transaction(() => {
    const chairId = db.prepare('SELECT id FROM people ORDER BY id LIMIT 1').pluck().get() as number;
    const review = createManagementReview(
      db,
      BENCH_ACTOR,
      {
        title: `Benchmark review${held ? ' (held)' : ''}`,
        periodFrom: window.from,
        periodTo: window.to,
        meetingDate: null,
        chairId,
        preparerId: null,
        attendeeIds: [],
        independentChair: false,
      },
      now,
    );
    if (held) holdManagementReview(db, BENCH_ACTOR, review.id, now, today);
    return review.id;
  })();
  return { id, window, today };
}

/** The raw queries behind the inputs, without validation, compiling or mapping: the floor. */
function rawQueries(raw: Database.Database, id: number, window: { from: string; to: string }, today: string): unknown[] {
  const { periods, previousPeriods } = reviewMonths(window, today);
  return [
    previousActionRows(raw, id, window.from, window.from),
    actionBurnDownRows(raw, window),
    changesRaw(raw, window),
    servicePerformanceRaw(raw, periods, previousPeriods),
    supplierPerformanceRaw(raw, periods),
    risksRaw(raw, window, today, null, true),
    reviewTimelinessFromRecords(raw, window, today),
  ];
}

/** Every 9.3 input compiled live (target ≤ 1 s at 100,000 risks / 5,000 services / 60,000 SLA results). */
export const managementReviewCompile: FigureFactory = ({ app, raw, call }) => {
  const { id, window, today } = benchReview(app.db, false);
  return {
    name: 'managementReviews.content (all 9.3 inputs, live) vs its raw queries',
    api: () => call('managementReviews.content', { id }),
    raw: () => rawQueries(raw, id, window, today),
    runs: 7,
    warmup: 1,
  };
};

/** The full PDF pack of a held review (target ≤ 3 s), against reading its frozen snapshot. */
export const managementReviewPdf: FigureFactory = ({ app, raw, call }) => {
  const { id } = benchReview(app.db, true);
  const snapshot = raw.prepare('SELECT snapshot_json FROM management_reviews WHERE id = ?').pluck();
  return {
    name: 'managementReviews.pack (PDF, held review) vs reading its snapshot',
    api: () => call('managementReviews.pack', { id, format: 'pdf' }),
    raw: () => JSON.parse(snapshot.get(id) as string) as unknown,
    runs: 5,
    warmup: 1,
  };
};
