import type { ActionBurnDown } from './action-burn-down';
import { daysBetween, plural, type SectionHeadline } from './rag';

/** An action raised by an earlier management review, as the query returns it. */
export interface PreviousActionRow {
  id: number;
  title: string;
  ownerName: string | null;
  dueDate: string | null;
  status: 'open' | 'in_progress' | 'done' | 'cancelled';
  completedOn: string | null;
  reviewId: number;
  reviewTitle: string;
  /** The earlier review's period end, to tell carried-over actions from fresh ones. */
  reviewPeriodTo: string;
}

export interface PreviousActionLine extends PreviousActionRow {
  state: 'done' | 'open' | 'overdue' | 'cancelled';
  daysOverdue: number;
  /** Still open and raised before the immediately previous review: carried over more than once. */
  carriedOver: boolean;
}

export interface PreviousActionsInput extends SectionHeadline {
  counts: { total: number; done: number; open: number; overdue: number; cancelled: number; carriedOver: number };
  rows: PreviousActionLine[];
  /** Decisions of management reviews raised, done and open over the period (absent in snapshots frozen before it existed). */
  burnDown?: ActionBurnDown;
}

/**
 * Input (a): the status of every action raised by earlier reviews. Open actions are carried
 * forward automatically; done ones are shown if completed since the previous review.
 * `previousReviewId` is the immediately preceding review (null for the first review).
 */
export function compilePreviousActions(rows: readonly PreviousActionRow[], asOfDate: string, previousReviewId: number | null): PreviousActionsInput {
  const lines: PreviousActionLine[] = rows.map((row) => {
    const open = row.status === 'open' || row.status === 'in_progress';
    const overdueDays = open && row.dueDate !== null && row.dueDate < asOfDate ? daysBetween(row.dueDate, asOfDate) : 0;
    const state = row.status === 'done' ? 'done' : row.status === 'cancelled' ? 'cancelled' : overdueDays > 0 ? 'overdue' : 'open';
    return { ...row, state, daysOverdue: overdueDays, carriedOver: open && previousReviewId !== null && row.reviewId !== previousReviewId };
  });
  // Most urgent first: overdue (longest first), then open by due date, then done and cancelled.
  const rank = { overdue: 0, open: 1, done: 2, cancelled: 3 } as const;
  lines.sort(
    (a, b) => rank[a.state] - rank[b.state] || b.daysOverdue - a.daysOverdue || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id - b.id,
  );
  const count = (state: PreviousActionLine['state']) => lines.filter((line) => line.state === state).length;
  const counts = {
    total: lines.length,
    done: count('done'),
    open: count('open'),
    overdue: count('overdue'),
    cancelled: count('cancelled'),
    carriedOver: lines.filter((line) => line.carriedOver).length,
  };
  if (counts.total === 0) return { rag: 'none', line: 'No actions from previous management reviews.', counts, rows: lines };
  const rag = counts.overdue > 0 ? 'red' : counts.open > 0 ? 'amber' : 'green';
  const line = `${plural(counts.done, 'action')} done, ${counts.open} open, ${counts.overdue} overdue${counts.carriedOver ? `, ${counts.carriedOver} carried over more than once` : ''}.`;
  return { rag, line, counts, rows: lines };
}
