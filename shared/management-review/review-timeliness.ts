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

/** Reviews done on time and late in the period, and the ones overdue now by owner. */
export function compileReviewTimeliness(done: readonly DoneReview[], overdue: readonly OverdueByOwner[]): ReviewTimelinessInput {
  const late = done
    .filter((r) => r.dueOn !== null && r.reviewedOn > r.dueOn)
    .map((r) => ({ ...r, daysLate: Math.round((Date.parse(r.reviewedOn) - Date.parse(r.dueOn!)) / 86_400_000) }))
    .sort((a, b) => b.daysLate - a.daysLate || a.subject.localeCompare(b.subject))
    .slice(0, 100);
  const lateCount = done.filter((r) => r.dueOn !== null && r.reviewedOn > r.dueOn).length;
  const overdueCount = overdue.reduce((sum, row) => sum + row.count, 0);
  const overdueByOwner = [...overdue].sort((a, b) => b.count - a.count || (a.ownerName ?? '~').localeCompare(b.ownerName ?? '~') || a.subjectKind.localeCompare(b.subjectKind));
  const counts = { done: done.length, onTime: done.length - lateCount, late: lateCount, overdue: overdueCount };
  if (done.length === 0 && overdueCount === 0) return { rag: 'none', line: 'No reviews due or done in the period.', counts, late, overdueByOwner };
  return {
    rag: overdueCount > 0 ? (lateCount > 0 || overdueCount > 10 ? 'red' : 'amber') : lateCount > 0 ? 'amber' : 'green',
    line: `${plural(done.length, 'review')} done (${counts.onTime} on time, ${lateCount} late); ${overdueCount.toLocaleString('en-GB')} overdue now.`,
    counts,
    late,
    overdueByOwner,
  };
}
