import { plural, type SectionHeadline } from './rag';

/** A review done in the period, with the date it was due (the previous review's next date), if known. */
export interface DoneReview {
  subjectKind: string;
  subject: string;
  reviewedOn: string;
  dueOn: string | null;
  reviewerName: string | null;
}

/** Reviews overdue now, per owner and kind of subject. */
export interface OverdueByOwner {
  ownerName: string | null;
  subjectKind: string;
  count: number;
}

export interface ReviewTimelinessInput extends SectionHeadline {
  counts: { done: number; onTime: number; late: number; overdue: number };
  late: Array<DoneReview & { daysLate: number }>;
  overdueByOwner: OverdueByOwner[];
}

/** What the period's reviews come to: how many were done, and the late ones (at most `LATE_LIST_LIMIT` needed). */
export interface DoneReviews {
  done: number;
  lateCount: number;
  /** Late reviews, any order; the compile keeps the latest-by-most-days first. */
  late: DoneReview[];
}

export const LATE_LIST_LIMIT = 100;

/** Tell done reviews apart: late when done after the date the previous review set. */
export function summariseDone(done: readonly DoneReview[]): DoneReviews {
  const late = done.filter((r) => r.dueOn !== null && r.reviewedOn > r.dueOn);
  return { done: done.length, lateCount: late.length, late };
}

/** Reviews done on time and late in the period, and the ones overdue now by owner. */
export function compileReviewTimeliness(done: DoneReviews, overdue: readonly OverdueByOwner[]): ReviewTimelinessInput {
  const late = done.late
    .map((r) => ({ ...r, daysLate: Math.round((Date.parse(r.reviewedOn) - Date.parse(r.dueOn!)) / 86_400_000) }))
    .sort((a, b) => b.daysLate - a.daysLate || a.subject.localeCompare(b.subject))
    .slice(0, LATE_LIST_LIMIT);
  const lateCount = done.lateCount;
  const overdueCount = overdue.reduce((sum, row) => sum + row.count, 0);
  const overdueByOwner = [...overdue].sort(
    (a, b) => b.count - a.count || (a.ownerName ?? '~').localeCompare(b.ownerName ?? '~') || a.subjectKind.localeCompare(b.subjectKind),
  );
  const counts = { done: done.done, onTime: done.done - lateCount, late: lateCount, overdue: overdueCount };
  if (done.done === 0 && overdueCount === 0) return { rag: 'none', line: 'No reviews due or done in the period.', counts, late, overdueByOwner };
  return {
    rag: overdueCount > 0 ? (lateCount > 0 || overdueCount > 10 ? 'red' : 'amber') : lateCount > 0 ? 'amber' : 'green',
    line: `${plural(done.done, 'review')} done (${counts.onTime.toLocaleString('en-GB')} on time, ${lateCount.toLocaleString('en-GB')} late); ${overdueCount.toLocaleString('en-GB')} overdue now.`,
    counts,
    late,
    overdueByOwner,
  };
}
